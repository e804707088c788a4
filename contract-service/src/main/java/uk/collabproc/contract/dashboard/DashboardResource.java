package uk.collabproc.contract.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.page.PageErrors;
import uk.collabproc.common.page.PageSession;
import uk.collabproc.common.page.PageUser;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.casestudy.CaseStudy;
import uk.collabproc.contract.casestudy.CaseStudyDocument;
import uk.collabproc.contract.casestudy.CaseStudyResource;
import uk.collabproc.contract.casestudy.CaseStudyService;
import uk.collabproc.contract.milestone.Rag;

/**
 * The migration dashboard: what project managers and officers look at to track every site's six milestones, and members at
 * for their own sites. It reads what the API serves, with the API's access rules ({@link DashboardService}); changing
 * anything stays with the API (Swagger UI), which each section links to.
 */
@Path(PageSession.PAGES)
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** Sites a page of the Gantt shows: the Devon Collaborative's 60 on one, a region's 10,000 on a hundred. */
    static final int SITES_A_PAGE = 100;
    private static final String WHO_MAY = "project managers and officers of the organisations that run the contract, and members for their own sites";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contracts(PageUser user, List<DashboardService.Entry> contracts, String procurementPages);

        static native TemplateInstance contract(PageUser user, DashboardService.Heading contract, MigrationDashboard.View view,
                String gantt,
                String weekly, LocalDate today, String org, String rag, String milestonesApi, String procurementPages,
                boolean caseStudies);
    }

    @Inject
    DashboardService dashboards;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    CaseStudyDocument document;

    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @Inject
    UriInfo uri;

    /** Where people reach procurement-service's pages: its address as a browser sees it. */
    @ConfigProperty(name = "collab.links.procurement-service-url")
    String procurementPages;

    @GET
    public Response contracts() {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        return Response.ok(Templates.contracts(PageUser.of(caller), dashboards.contracts(), procurementPages))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("contracts/{id}")
    public Response contract(@PathParam("id") String id, @QueryParam("org") String org, @QueryParam("rag") String rag,
            @QueryParam("page") String page) {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        UUID contractId;
        Rag ragFilter;
        int pageNumber;
        try {
            contractId = UUID.fromString(id);
            ragFilter = rag == null || rag.isBlank() ? null : Rag.valueOf(rag);
            pageNumber = page == null || page.isBlank() ? 0 : Integer.parseInt(page);
            if (pageNumber < 0) {
                throw new NumberFormatException(page);
            }
        } catch (IllegalArgumentException e) {
            return PageErrors.of(400, "Not a page of this dashboard",
                    "The contract id must be a UUID, rag one of RED, AMBER or GREEN, and page a number from 0.", PageUser.of(caller));
        }
        String orgFilter = org == null || org.isBlank() ? null : org;
        DashboardService.Facts facts = dashboards.facts(contractId);
        MigrationDashboard.View view = dashboards.view(facts, new MigrationDashboard.Filter(orgFilter, ragFilter), pageNumber,
                SITES_A_PAGE);
        String milestonesApi = "/api/v1/contracts/" + contractId + "/milestones";
        LocalDate today = clock.today();
        return Response.ok(Templates.contract(PageUser.of(caller), facts.contract(), view,
                GanttChart.draw(view.rows(), view.from(), view.to(), today, facts.plan().blackouts(), milestonesApi),
                WeeklyCutoverChart.draw(view.weeks(), view.weeklyCapacity()), today, orgFilter == null ? "" : orgFilter,
                ragFilter == null ? "" : ragFilter.name(), milestonesApi, procurementPages,
                caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.MEMBER))).header("Cache-Control", "no-store").build();
    }

    /** An organisation's case study in the browser, as the API gives it: a person signed in to the pages has no bearer token to send. */
    @GET
    @Path("contracts/{id}/organisations/{odsCode}/case-study")
    public Response caseStudy(@PathParam("id") String id, @PathParam("odsCode") String odsCode) {
        return caseStudy(id, odsCode, false);
    }

    /** The same case study as a PDF, to save or print. */
    @GET
    @Path("contracts/{id}/organisations/{odsCode}/case-study.pdf")
    @Produces(CaseStudyResource.PDF)
    public Response caseStudyPdf(@PathParam("id") String id, @PathParam("odsCode") String odsCode) {
        return caseStudy(id, odsCode, true);
    }

    private Response caseStudy(String id, String odsCode, boolean pdf) {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        if (!caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.MEMBER)) {
            return PageErrors.forbidden("A case study",
                    "officers of the organisations that run the contract, and members for their own organisation",
                    PageUser.of(caller));
        }
        UUID contractId;
        try {
            contractId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return PageErrors.of(400, "Not a case study of this service", "The contract id must be a UUID.", PageUser.of(caller));
        }
        CaseStudy study = caseStudies.caseStudy(contractId, odsCode);
        Response.ResponseBuilder answer = pdf ? CaseStudyResource.pdf(document.pdf(study), odsCode) : Response.ok(document.html(study));
        return answer.header("Cache-Control", "no-store").build();
    }

    /** Anonymous: sign in first, then come back. A role that never sees the dashboard: 403, saying who does. */
    private Response refusal() {
        if (caller.isAnonymous()) {
            return PageSession.signInFirst(uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()));
        }
        if (!caller.hasRole(Roles.PROJECT_MANAGER) && !caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.MEMBER)) {
            return PageErrors.forbidden("The migration dashboard", WHO_MAY, PageUser.of(caller));
        }
        return null;
    }

    /** The API's refusals (404 for a contract not the caller's to see), as a page. */
    @ServerExceptionMapper
    public Response refused(HttpProblem problem) {
        return PageErrors.of(problem, PageUser.of(caller));
    }
}
