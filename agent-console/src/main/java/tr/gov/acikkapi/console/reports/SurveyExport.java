package tr.gov.acikkapi.console.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CampaignResults;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.console.i18n.LocaleSelection;
import tr.gov.acikkapi.console.security.Roles;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The CSV download of a survey campaign's results: {@code GET /supervisor/export/survey.csv?campaign=12&group=PROVINCE}
 * ({@code PROVINCE}, {@code TOPIC} or {@code TYPE}). Supervisors and administrators only (web.xml guards the path, and
 * this servlet checks again); the format is {@link SurveyResultsTable}'s.
 */
@WebServlet(SurveyExport.PATH)
public class SurveyExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/supervisor/export/survey.csv";
    private static final Logger LOG = Logger.getLogger(SurveyExport.class);

    @Inject
    transient SurveyCampaigns campaigns;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Roles.SUPERVISOR) && !request.isUserInRole(Roles.ADMIN)) {
            LOG.warnf("User %s was refused the survey export", request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        SurveyResultsTable.Grouping grouping;
        CampaignResults results;
        try {
            grouping = SurveyResultsTable.Grouping.valueOf(String.valueOf(request.getParameter("group")));
            results = campaigns.results(Long.parseLong(String.valueOf(request.getParameter("campaign"))));
        } catch (IllegalArgumentException | DomainException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "campaign=<id>, group=PROVINCE|TOPIC|TYPE");
            return;
        }
        Locale locale = localeSelection.getLocale();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"anket-" + results.campaign().id() + "-"
                + grouping.name().toLowerCase(Locale.ROOT) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            new SurveyResultsTable(locale).writeCsv(results, grouping, out);
        }
    }
}
