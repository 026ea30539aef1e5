/**
 * The facts about a general-purpose AI model that its classification under Chapter V of Regulation (EU) 2024/1689
 * rests on, as a typed document ({@link io.github.gpai4j.core.profile.ModelProfile}, {@code model-profile}):
 * training compute and how it was estimated, modalities, release and Union placement dates, open-source facts
 * (Art.&nbsp;53(2)), modification facts (Commission guidelines, section 3.2), provider establishment, Commission
 * decisions and notification dates. Unknown facts stay unknown ({@link io.github.gpai4j.core.profile.Fact}).
 * {@link io.github.gpai4j.core.profile.ModelProfiles} derives a profile from a Model Documentation Form. The
 * classifier that judges a profile is in the evaluation module.
 */
@NullMarked
@GpaiStyle
package io.github.gpai4j.core.profile;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
