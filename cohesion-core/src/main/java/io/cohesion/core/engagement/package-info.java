/**
 * Engagement, the KetelhuisWG practices of the wider neighbourhood approach: meetings and their
 * attendance, the phases curious → informed → involved → participating, ambassadors per building
 * and the signals they record, parked topics, individual benefit statements and results shown to
 * residents. Use cases: {@link io.cohesion.core.engagement.RecordEngagement}, {@link
 * io.cohesion.core.engagement.ParkTopics}, {@link io.cohesion.core.engagement.InformResidents}.
 */
package io.cohesion.core.engagement;
