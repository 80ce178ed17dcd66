package vn.xaso.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The simulated national portal's store: one record per dossier code (MaHoSo), updated in place — the upsert a real
 * portal does, atomic per code — with every status it received, in the order received; a message it has already
 * (same MaThongDiep) is acknowledged and not kept twice.
 */
final class Portal {

    /** A status as the portal received it. */
    record Received(int portalStatus, Instant at, long messageId) {
    }

    private static final class Record {
        private final List<Received> received = new ArrayList<>();
        private final Set<Long> messages = new HashSet<>();
        private LocalDate submittedOn;
        private JsonNode latest;
    }

    private final Map<String, Record> dossiers = new ConcurrentHashMap<>();

    /**
     * Takes a message about a dossier (handed in on {@code submittedOn}): the dossier as the message describes it replaces
     * what the portal had; returns false when it had the message already.
     */
    boolean take(String dossierCode, long messageId, int portalStatus, LocalDate submittedOn, JsonNode message) {
        boolean[] kept = {false};
        dossiers.compute(dossierCode, (code, record) -> {
            Record r = record == null ? new Record() : record;
            synchronized (r) {
                if (submittedOn != null) {
                    r.submittedOn = submittedOn;
                }
                if (r.messages.add(messageId)) {
                    r.received.add(new Received(portalStatus, Instant.now(), messageId));
                    r.latest = message;
                    kept[0] = true;
                }
            }
            return r;
        });
        return kept[0];
    }

    /** What the portal received for the dossier, in order. */
    List<Received> received(String dossierCode) {
        Record record = dossiers.get(dossierCode);
        if (record == null) {
            return List.of();
        }
        synchronized (record) {
            return List.copyOf(record.received);
        }
    }

    /** The dossier as the portal has it now: the last message it took, whole. */
    JsonNode record(String dossierCode) {
        Record record = dossiers.get(dossierCode);
        if (record == null) {
            return null;
        }
        synchronized (record) {
            return record.latest;
        }
    }

    void forget(String dossierCode) {
        dossiers.remove(dossierCode);
    }

    /** The codes of the dossiers it has that were handed in on the day: what it answers a reconciliation with. */
    List<String> submittedOn(LocalDate day) {
        List<String> codes = new ArrayList<>();
        dossiers.forEach((code, record) -> {
            synchronized (record) {
                if (day.equals(record.submittedOn)) {
                    codes.add(code);
                }
            }
        });
        codes.sort(null);
        return codes;
    }
}
