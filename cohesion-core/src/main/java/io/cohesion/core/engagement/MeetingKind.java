package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a neighbourhood meeting (buurtbijeenkomst) is for. */
@API(status = STABLE, since = "0.1.0")
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
