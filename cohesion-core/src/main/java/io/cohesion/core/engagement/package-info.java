/**
 * Engagement, the KetelhuisWG practices of the wider neighbourhood approach: meetings and their
 * attendance, the phases curious → informed → involved → participating, ambassadors per building
 * and the signals they record, parked topics, individual benefit statements and results shown to
 * residents. Use cases: {@link io.cohesion.core.engagement.RecordEngagement}, {@link
 * io.cohesion.core.engagement.ParkTopics}, {@link io.cohesion.core.engagement.InformResidents}, and
 * {@link io.cohesion.core.engagement.AmbassadorAccess}, what an ambassador may reach.
 */
package io.cohesion.core.engagement;
