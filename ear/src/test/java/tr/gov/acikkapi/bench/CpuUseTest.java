package tr.gov.acikkapi.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading CPU time from /proc's text, and the per-call line made of two readings. */
class CpuUseTest {

    @Test
    void aProcessesTimeIsItsUserAndSystemTicksEvenWithSpacesInItsName() {
        String stat = "4178 (my (odd) name) S 1 4178 4178 0 -1 4194560 15870 0 0 0 1234 567 0 0 20 0 38 0 1000 "
                + "2000000000 50000 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";
        assertEquals(1234 + 567, CpuUse.processTicks(stat));
    }

    @Test
    void theMachinesIdleTimeCountsIoWaitAndItsTotalLeavesGuestTimeOut() {
        List<String> procStat = List.of("cpu  100 5 50 800 40 3 2 0 7 0", "cpu0 50 2 25 400 20 1 1 0 3 0", "intr 1");
        assertArrayEquals(new long[] {1000, 840}, CpuUse.machineTicks(procStat));
    }

    @Test
    void perCallGivesEachProcesssShareOfACoreAndItsTimePerCall() {
        CpuUse.Reading before = new CpuUse.Reading(0, ticks(1_000, 500), 10_000, 6_000);
        CpuUse.Reading after = new CpuUse.Reading(60_000_000_000L, ticks(3_400, 1_940), 22_000, 13_200);
        // WildFly: 24 s of CPU in 60 s = 40 % of a core, 8 ms per call; MariaDB: 14.4 s = 24 %, 4.8 ms per call.
        assertEquals("WildFly 40.0 % of a core, 8.00 ms per call; MariaDB 24.0 % of a core, 4.80 ms per call; "
                + "the machine 60 % idle", CpuUse.perCall(before, after, 3_000, 100));
    }

    private static Map<String, Long> ticks(long wildfly, long mariadb) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("WildFly", wildfly);
        ticks.put("MariaDB", mariadb);
        return ticks;
    }
}
