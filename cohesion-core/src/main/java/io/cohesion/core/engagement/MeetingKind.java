package io.cohesion.core.engagement;

/** What a neighbourhood meeting (buurtbijeenkomst) is for. */
public enum MeetingKind {
  /** Informing residents about the plans. */
  INFORMATION,
  /** Companies pitch their offers and residents help pick partners (marktconsultatie). */
  MARKET_CONSULTATION,
  /** A workshop, for example the red thread workshop. */
  WORKSHOP,
  /** A session of a creative activity. */
  ACTIVITY
}
