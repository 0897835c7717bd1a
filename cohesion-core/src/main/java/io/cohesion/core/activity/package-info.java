/**
 * Creative activities (docs/method.md, docs/scoring.md#55-activity-fit): the values and groups they
 * aim at, the networks they work with, their sustainability link and benefit, their status and
 * their sessions, with the use case {@link io.cohesion.core.activity.PlanActivity}.
 */
package io.cohesion.core.activity;
