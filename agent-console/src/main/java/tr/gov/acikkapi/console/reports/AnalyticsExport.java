package tr.gov.acikkapi.console.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.AnalyticsDimension;
import tr.gov.acikkapi.console.i18n.LocaleSelection;
import tr.gov.acikkapi.console.security.Roles;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The CSV download of an analytics table: {@code GET /supervisor/export/analytics.csv?dimension=PROVINCE} with the
 * page's selection ({@code from}, {@code to}, {@code province}). Supervisors and administrators only (web.xml guards
 * the path, and this servlet checks again). The rows are those of the page's table (the same {@link AnalyticsCache}
 * entry); the format is described in {@link AnalyticsTable}.
 */
@WebServlet(AnalyticsExport.PATH)
public class AnalyticsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Where the download is served, under the supervisors' path. */
    static final String PATH = "/supervisor/export/analytics.csv";
    private static final Logger LOG = Logger.getLogger(AnalyticsExport.class);

    @Inject
    transient AnalyticsCache analyses;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Roles.SUPERVISOR) && !request.isUserInRole(Roles.ADMIN)) {
            LOG.warnf("User %s was refused the analytics export", request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AnalyticsDimension dimension;
        AnalyticsSelection selection;
        try {
            dimension = AnalyticsDimension.valueOf(String.valueOf(request.getParameter("dimension")));
            selection = AnalyticsSelection.parse(request::getParameter);
            if (!selection.valid()) {
                throw new IllegalArgumentException("period ends before it starts");
            }
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "dimension=PROVINCE|TOPIC|TYPE|KIND|CHANNEL|MONTH|AGE_GROUP|GENDER, "
                    + "from/to=yyyy-MM-dd, province=plate code");
            return;
        }
        Locale locale = localeSelection.getLocale();
        var rows = analyses.get(selection.filter()).rows(dimension);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"analiz-" + dimension.name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            new AnalyticsTable(locale).writeCsv(dimension, rows, out);
        }
    }
}
