package io.cohesion.rest;

import io.cohesion.core.testing.PortFakes;

/**
 * In-memory fakes of the ports of the method beyond wish maps and measurements, and the builder
 * calls that serve them.
 */
final class DomainPorts {
  final PortFakes.Neighbourhoods neighbourhoods = new PortFakes.Neighbourhoods();
  final PortFakes.Buildings buildings = new PortFakes.Buildings();
  final PortFakes.Initiatives initiatives = new PortFakes.Initiatives();
  final PortFakes.Activities activities = new PortFakes.Activities();
  final PortFakes.Sessions sessions = new PortFakes.Sessions();
  final PortFakes.Meetings meetings = new PortFakes.Meetings();
  final PortFakes.Ambassadors ambassadors = new PortFakes.Ambassadors();
  final PortFakes.Signals signals = new PortFakes.Signals();
  final PortFakes.Topics topics = new PortFakes.Topics();
  final PortFakes.Statements statements = new PortFakes.Statements();
  final PortFakes.Results results = new PortFakes.Results();

  /** {@code builder} serving every resource of these ports. */
  CohesionApi.Builder wire(CohesionApi.Builder builder) {
    return builder
        .neighbourhoods(neighbourhoods, buildings)
        .initiatives(initiatives)
        .activities(activities, sessions)
        .engagement(meetings, ambassadors, signals)
        .parkedTopics(topics)
        .information(statements, results);
  }
}
