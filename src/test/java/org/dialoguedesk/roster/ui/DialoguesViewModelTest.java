package org.dialoguedesk.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.MemberRef;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialoguesViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    DialoguesViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new DialoguesViewModel(desk.roster(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    @Test
    void dialoguesAreListedByTheirLabelInTheWindowsLanguage() {
        for (Lang lang : Lang.values()) {
            I18n i18n = new I18n(lang);
            DialoguesViewModel other = new DialoguesViewModel(desk.roster(), new SameThreadJobRunner(e -> {
                throw new AssertionError(e);
            }), dialogs, i18n, desk.clock());
            other.activate();
            Collator collator = Collator.getInstance(lang.locale());
            List<String> labels = other.dialogues().stream().map(d -> i18n.text(d.acronym())).toList();
            assertEquals(labels.stream().sorted(collator).toList(), labels, lang.name());
            assertEquals(other.dialogues().get(0), other.selectedDialogueProperty().get(), "the first is chosen");
            other.deactivate();
        }
    }

    private Dialogue mtm() {
        return vm.dialogues().stream().filter(d -> d.key().equals("MTM")).findFirst().orElseThrow();
    }

    @Test
    void activatingLoadsDialoguesAndTheFirstOnesMembers() {
        assertFalse(vm.dialogues().isEmpty());
        assertNotNull(vm.selectedDialogueProperty().get());
        assertFalse(vm.members().isEmpty());
    }

    @Test
    void mtmHadThirtyEightPartnerStatesAsOfJune2008() {
        vm.selectedDialogueProperty().set(mtm());
        vm.roleFilterProperty().set(MembershipRole.PARTNER_STATE);
        vm.asOfProperty().set(LocalDate.of(2008, 6, 30));
        assertEquals(38, vm.members().size());
        assertTrue(vm.summaryProperty().get().startsWith("38 members on"), vm.summaryProperty().get());
        vm.onClearAsOf();
        assertTrue(vm.members().size() >= 38);
    }

    @Test
    void addingAMembershipWithoutAMemberShowsTheProblemUnderTheField() {
        vm.selectedDialogueProperty().set(mtm());
        vm.onAddMembership();
        MembershipFormModel form = dialogs.lastForm(MembershipFormModel.class);
        form.submit();
        assertFalse(form.doneProperty().get());
        assertEquals("Choose a country or an organisation.", form.errors().of("member").get());
    }

    @Test
    void addThenEndAMembership() {
        vm.selectedDialogueProperty().set(mtm());
        int before = vm.members().size();
        vm.onAddMembership();
        MembershipFormModel form = dialogs.lastForm(MembershipFormModel.class);
        form.memberProperty().set(form.choices().stream()
                .filter(c -> c.ref().equals(new MemberRef.OfCountry("JPN"))).findFirst().orElseThrow());
        form.roleProperty().set(MembershipRole.OBSERVER);
        form.fromProperty().set(LocalDate.of(2024, 1, 1));
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals(before + 1, vm.members().size());

        MemberRow japan = vm.members().stream().filter(r -> r.name().equals("Japan")).findFirst().orElseThrow();
        vm.selectedMemberProperty().set(japan);
        assertTrue(vm.canEndMembership().get());
        dialogs.dateAnswer = LocalDate.of(2024, 12, 31);
        vm.onEndMembership();
        MemberRow ended = vm.members().stream().filter(r -> r.name().equals("Japan")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 12, 31), ended.membership().validTo());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void endingBeforeTheStartIsRefusedWithAMessage() {
        vm.selectedDialogueProperty().set(mtm());
        MemberRow current = vm.members().stream().filter(r -> !r.membership().isEnded()).findFirst().orElseThrow();
        vm.selectedMemberProperty().set(current);
        dialogs.dateAnswer = current.membership().validFrom().minusDays(1);
        vm.onEndMembership();
        assertEquals(1, dialogs.errors.size());
    }

    @Test
    void editingTheDescriptionShowsItOnTheChosenDialogue() {
        vm.selectedDialogueProperty().set(mtm());
        vm.onEditDialogue();
        DialogueFormModel form = dialogs.lastForm(DialogueFormModel.class);
        assertFalse(form.isNew());
        form.description().in(Lang.EN).set("Dialogue on migration across the Mediterranean.");
        form.startYearProperty().set("twenty");
        form.submit();
        assertEquals("\u201Ctwenty\u201D is not a year. Write it with four digits, e.g. 2006.",
                form.errors().of("startYear").get());
        form.startYearProperty().set("1949");
        form.submit();
        assertEquals("The start year must be between 1950 and 2027.", form.errors().of("startYear").get());
        form.startYearProperty().set("2002");
        form.submit();
        assertTrue(form.doneProperty().get());
        Dialogue shown = vm.selectedDialogueProperty().get();
        assertEquals("MTM", shown.key());
        assertEquals("Dialogue on migration across the Mediterranean.", shown.description().en());
    }

    @Test
    void aNewDialogueNeedsAKeyAndIsChosenOnceCreated() {
        vm.onAddDialogue();
        DialogueFormModel form = dialogs.lastForm(DialogueFormModel.class);
        assertTrue(form.isNew());
        form.acronym().in(Lang.EN).set("NDM");
        form.name().in(Lang.EN).set("Niger Dialogue on Migration");
        form.submit();
        assertEquals("A key is required (e.g. RABAT); files and commands name the dialogue by it.",
                form.errors().of("key").get());
        form.keyProperty().set("ndm");
        form.thematicAreasProperty().set("Labour migration\n\nReturn");
        form.secretariatProperty().set(form.organisations().stream()
                .filter(o -> o != null && o.refKey().equals("ICMPD")).findFirst().orElseThrow());
        form.submit();
        assertTrue(form.doneProperty().get());
        Dialogue created = vm.selectedDialogueProperty().get();
        assertEquals("NDM", created.key());
        assertEquals(java.util.List.of("Labour migration", "Return"), created.thematicAreas());
        assertTrue(vm.secretariatName(created).startsWith("ICMPD"));
    }
}
