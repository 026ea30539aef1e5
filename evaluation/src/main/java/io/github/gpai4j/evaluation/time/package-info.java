/**
 * Time limits counted as Regulation (EEC, Euratom) No 1182/71 counts them for acts of the Union such as Regulation
 * (EU) 2024/1689: periods in days, weeks, months or years from an event, the extension of a last day that falls on
 * a Saturday, Sunday or public holiday to the following working day, working-day arithmetic, and the holiday
 * calendars (the EU institutions' public holidays ship as data) these rules need; shared by every deadline gpai4j
 * computes.
 */
@NullMarked
package io.github.gpai4j.evaluation.time;

import org.jspecify.annotations.NullMarked;
