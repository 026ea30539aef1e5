/**
 * The Safety and Security Framework of the GPAI Code of Practice (Commitment 1, Measures 1.1 to 1.4) and the
 * systemic-risk responsibility allocation it describes (Commitment 8, Measures 8.1 to 8.3): contents, confirmation,
 * assessments, updates and the dates the AI Office is given access. The Security Goal of Commitment 6 is
 * {@link io.github.gpai4j.taxonomy.mitigation.SecurityGoal}. Rules live in {@code gpai4j-evaluation}
 * ({@code FrameworkRules}).
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.taxonomy.framework;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
