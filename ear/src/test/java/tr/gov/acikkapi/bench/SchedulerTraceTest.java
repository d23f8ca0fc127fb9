package tr.gov.acikkapi.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulerTraceTest {

    /** Lines as perf 6.1 writes them: time, [cpu], task[tid/pid], wait, delay and run time in ms; wake-ups skipped. */
    private static final List<String> TIMEHIST = List.of(
            "           time    cpu  task name                       wait time  sch delay   run time",
            "   100.010000 [0000]  kdamond.0[78]                       0.000      0.000     10.000 ",
            "   100.010010 [0000]  mariadbd[4196/4178]                                              awakened: lat2[3921]",
            "   100.012000 [0000]  EE-ManagedExecu[5008/4377]          3.000      8.000      2.000 ",
            "   100.011000 [0001]  Asterisk-Java M[4531/4377]          0.100      0.050     11.000 ",
            "   100.030000 [0001]  kdamond.0[78]                       0.000      0.000      3.000 ");

    @Test
    void parsesSlicesWithTheirTaskNamesAndSkipsWakeUps() {
        List<SchedulerTrace.Slice> slices = SchedulerTrace.parse(TIMEHIST);
        assertEquals(4, slices.size());
        SchedulerTrace.Slice first = slices.get(0);
        assertEquals("kdamond.0", first.task());
        assertEquals(0, first.cpu());
        assertEquals(100.000, first.start(), 1e-9);
        assertEquals(100.010, first.end(), 1e-9);
        assertEquals("EE-ManagedExecu", slices.get(1).task());
        assertEquals(0.008, slices.get(1).delay(), 1e-9);
    }

    @Test
    void countsOnlyTheOverlapOfATasksSlicesWithAnInterval() {
        SchedulerTrace trace = new SchedulerTrace(SchedulerTrace.parse(TIMEHIST));
        // kdamond on CPU 0 from 100.000 to 100.010 and on CPU 1 from 100.027 to 100.030
        assertEquals(0.005, trace.time("kdamond.0", 100.005, 100.020), 1e-9);
        assertEquals(0.006, trace.time("kdamond.0", 100.005, 100.028), 1e-9);
        assertEquals(0.0, trace.time("kdamond.0", 100.011, 100.026), 1e-9);
    }

    @Test
    void blamesWhatRanOnTheCpuWhileAThreadWaitedForIt() {
        SchedulerTrace trace = new SchedulerTrace(SchedulerTrace.parse(TIMEHIST));
        // the executor thread waited 8 ms for CPU 0 (100.002 to 100.010), which kdamond held all that time
        Map<String, Double> held = trace.heldWhileWaiting(100.0, 100.1);
        assertEquals(0.008, held.get("kdamond.0"), 1e-9);
        assertEquals(1, held.size());
    }

    @Test
    void reportsPopsByLatencyBandWithTheTaskPresentOrNot() {
        SchedulerTrace trace = new SchedulerTrace(SchedulerTrace.parse(TIMEHIST));
        List<SchedulerTrace.Pop> pops = SchedulerTrace.pops(List.of("agent_called_ns latency_ns",
                "100001000000 60000000", "100011000000 5000000"));
        String report = trace.report(pops, "kdamond.0");
        assertTrue(report.contains("pops 50-100 ms: 1, with kdamond.0 on a CPU over 2 ms during the pop: 1 (100 %)"), report);
        assertTrue(report.contains("pops 0-10 ms: 1, with kdamond.0 on a CPU over 2 ms during the pop: 0 (0 %)"), report);
    }
}
