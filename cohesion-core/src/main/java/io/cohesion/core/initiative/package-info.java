/**
 * The local initiative (lokaal initiatief, energiecoöperatie): its hard principles, its team with
 * the method's team advice, and the market consultation whose options are assessed against every
 * principle before residents vote ({@link io.cohesion.core.initiative.ManageInitiative}).
 */
package io.cohesion.core.initiative;
