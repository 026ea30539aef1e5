package io.github.gpai4j.core.copyright;

/**
 * A machine-readable protocol by which rightsholders reserve text and data mining under Art.&nbsp;4(3) of
 * Directive (EU) 2019/790, other than robots.txt, that a crawler honours (Code of Practice, Copyright Measure 1.3:
 * asset-based or location-based metadata adopted by standardisation bodies, or state-of-the-art protocols widely
 * adopted by rightsholders).
 *
 * @since 0.3.0
 */
public enum ReservationProtocol {
  /** Location-based: a reservation attached to a site or path, such as the TDM Reservation Protocol's file. */
  LOCATION_BASED_METADATA,
  /** Asset-based: a reservation carried by the work itself, such as embedded metadata or an HTTP header. */
  ASSET_BASED_METADATA,
  /** Another protocol adopted by a standardisation body or widely used by rightsholders, named in the policy. */
  OTHER_STANDARD
}
