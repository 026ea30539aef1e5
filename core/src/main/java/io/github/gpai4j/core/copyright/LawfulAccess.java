package io.github.gpai4j.core.copyright;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Code of Practice, Copyright Measure 1.2: reproduce and extract only lawfully accessible content when crawling
 * the web; do not circumvent effective technological measures (Art.&nbsp;6(3) of Directive 2001/29/EC) such as
 * paywalls or subscription models, and exclude websites that courts or public authorities in the Union or the EEA
 * recognise as persistently and repeatedly infringing on a commercial scale.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLawfulAccess.class)
@JsonDeserialize(as = ImmutableLawfulAccess.class)
public abstract class LawfulAccess {
  LawfulAccess() {}

  /**
   * Returns whether crawling respects technological measures and does not circumvent paywalls or subscription models.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean technologicalMeasuresRespected();

  /**
   * Returns the lists of infringing websites consulted, such as the lists of courts and authorities the Union links to; empty if none is available.
   *
   * @return the list, empty for none, or null if not answered
   */
  public abstract @Nullable List<String> infringingSiteLists();

  /**
   * Returns whether websites on those lists are excluded from crawling.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean infringingSitesExcluded();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LawfulAccess}; every part is optional. */
  public static final class Builder extends ImmutableLawfulAccess.Builder {
    Builder() {}
  }
}
