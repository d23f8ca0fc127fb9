package tr.gov.acikkapi.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tr.gov.acikkapi.cti.cluster.ClusterRelay;
import tr.gov.acikkapi.cti.cluster.HopFigures;
import tr.gov.acikkapi.cti.event.WrapUpEnded;
import tr.gov.acikkapi.cti.runtime.CtiEventBus;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Deployed with {@link ClusterDeskBrowserIT} only: publishes {@code events} CTI events on this node, one every 2 ms,
 * waits until the other nodes' listeners had them all (at most 30 s), and answers the cluster hop's figures as
 * {@code name=value} lines. The events are inert: the end of a wrap-up nobody has, for an agent nobody is. Under
 * {@code /health/}, which needs no sign-in.
 */
@WebServlet("/health/it-cluster-hop")
public class ClusterHopProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CtiEventBus bus;

    @Inject
    transient ClusterRelay relay;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int events = Integer.parseInt(request.getParameter("events"));
        long before = relay.hops().events();
        try {
            for (int i = 0; i < events; i++) {
                bus.publish(new WrapUpEnded("olcum", "hop-" + i, "OLCUM", Instant.now()));
                Thread.sleep(2);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (relay.hops().events() < before + events && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        HopFigures.Summary hops = relay.hops();
        response.setContentType("text/plain");
        response.getWriter().printf("members=%s%narrived=%d%nsampled=%d%nmedianMicros=%d%np99Micros=%d%n",
                relay.memberNames(), hops.events() - before, hops.sampled(), hops.median().toNanos() / 1_000,
                hops.p99().toNanos() / 1_000);
    }
}
