package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The promise of issue 7, checked on random histories: officers start from one shared set, create,
 * update and delete on their own desks, and exchange random subsets of their records in random order,
 * resolving conflicts by random field-by-field choices. Every classification must match what the
 * edit histories say (so every true conflict is shown, and nothing else is), no desk is shown the
 * same conflict twice, and after a final full exchange every desk holds the same records, carrying
 * every edit that no officer knowingly set aside.
 */
class NoLostEditsProperties {

    private static final int DESKS = 3;
    private static final List<RecordKind> KINDS = List.of(RecordKind.CONTACT, RecordKind.ORGANISATION);

    /** One step of the simulation; the numbers are taken modulo what they pick from. */
    record Step(int action, int desk, int other, int pick, long bits) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, DESKS - 1), Arbitraries.integers().between(0, DESKS - 1),
                Arbitraries.integers().between(0, 1000), Arbitraries.longs()).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 100)
    void everyEditSurvivesOrWasKnowinglySetAside(@ForAll("histories") List<Step> steps) {
        EditLedger ledger = new EditLedger();
        List<SimulatedDesk> desks = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            desks.add(new SimulatedDesk(new UUID(1, i).toString()));
        }
        int[] events = {0};
        for (int i = 0; i < 3; i++) {
            desks.get(0).create(KINDS.get(i % KINDS.size()), new UUID(2, i), "start" + i, ledger);
        }
        for (SimulatedDesk desk : desks.subList(1, DESKS)) {
            desk.receive(desks.get(0).ship(-1L), 0L, ledger, "none");
        }
        int conflicts = 0;
        for (Step s : steps) {
            SimulatedDesk desk = desks.get(s.desk());
            String event = "e" + events[0]++;
            List<BundleRecord> live = desk.live();
            if (s.action() == 0) {
                desk.create(KINDS.get(s.pick() % KINDS.size()), new UUID(3, events[0]), event, ledger);
            } else if (s.action() <= 4 && !live.isEmpty()) {
                BundleRecord target = live.get(s.pick() % live.size());
                desk.update(target, SimulatedDesk.FIELDS.get((int) Math.floorMod(s.bits(), 3L)), event, ledger);
            } else if (s.action() == 5 && !live.isEmpty()) {
                desk.delete(live.get(s.pick() % live.size()), event, ledger);
            } else if (s.desk() != s.other()) {
                conflicts += desks.get(s.other()).receive(desk.ship(s.bits()), Long.rotateLeft(s.bits(), s.pick()),
                        ledger, event);
            }
        }
        SimulatedDesk hub = desks.get(0);
        for (SimulatedDesk desk : desks.subList(1, DESKS)) {
            conflicts += hub.receive(desk.ship(-1L), desk.records.size() * 31L, ledger, "final-" + desk.installation);
        }
        for (SimulatedDesk desk : desks.subList(1, DESKS)) {
            assertEquals(0, desk.receive(hub.ship(-1L), 0L, ledger, "none"),
                    "the hub has seen every copy, so its copies are newer or the same");
        }
        Statistics.label("conflicts").collect(conflicts == 0 ? "none" : conflicts < 3 ? "1-2" : "3+");

        for (SimulatedDesk desk : desks) {
            assertEquals(hub.records, desk.records, desk.installation + " differs from the hub");
        }
        for (EditLedger.Edit edit : ledger.standing()) {
            BundleRecord record = hub.records.get(edit.key());
            if (edit.isDeletion()) {
                assertTrue(record.deleted(), "deletion " + edit + " was lost: " + record);
            } else {
                assertTrue(!record.deleted() && edit.value().equals(record.content().get(edit.field())),
                        "edit " + edit + " was lost: " + record);
            }
        }
    }
}
