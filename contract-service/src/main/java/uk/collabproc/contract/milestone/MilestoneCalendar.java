package uk.collabproc.contract.milestone;

import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Milestones as an iCalendar feed: one all-day event per milestone on its forecast date (or the date it was met). */
final class MilestoneCalendar {

    private MilestoneCalendar() {
    }

    static String of(List<MilestoneView> milestones) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Collaborative procurement//Migration milestones//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (MilestoneView milestone : milestones) {
            VEvent event = new VEvent(milestone.dateMet() != null ? milestone.dateMet() : milestone.forecastDate(),
                    milestone.siteCode() + ": " + milestone.type());
            event.add(new Uid(milestone.id() + "@collabproc"));
            event.add(new Description("Organisation " + milestone.odsCode() + ", status " + milestone.status() + ", RAG " + milestone.rag()
                    + (milestone.baselineDate() == null ? "" : ", baseline " + milestone.baselineDate())));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
