package org.dialoguedesk.roster.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.roster.ColumnMapping;
import org.dialoguedesk.roster.ContactColumn;
import org.dialoguedesk.roster.ContactImport;
import org.dialoguedesk.roster.ImportOptions;
import org.dialoguedesk.roster.ImportPlan;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The first step of an import in the window: which column of the file feeds each contact field
 * (pre-filled from the headings), and whether rows already in the roster are left out. Its button
 * checks the file with {@link ContactImport#plan} and hands the plan to the report step.
 */
public final class ImportMappingFormModel implements FormModel {

    /** A column of the file as the choice lists show it; {@link #NONE} means "not imported". */
    public record SourceColumn(int index, String heading) {

        public static final SourceColumn NONE = new SourceColumn(-1, "");
    }

    /** One contact field and the file column chosen for it. */
    public static final class FieldRow {

        private final ContactColumn field;
        private final ObjectProperty<SourceColumn> source;

        FieldRow(ContactColumn field, SourceColumn initial) {
            this.field = field;
            this.source = new SimpleObjectProperty<>(this, "source", initial);
        }

        public ContactColumn field() {
            return field;
        }

        public ObjectProperty<SourceColumn> sourceProperty() {
            return source;
        }
    }

    private final ContactImport contactImport;
    private final JobRunner jobs;
    private final I18n i18n;
    private final String source;
    private final Table table;
    private final Consumer<ImportPlan> onChecked;
    private final ObservableList<SourceColumn> columns = FXCollections.observableArrayList();
    private final List<FieldRow> fields = new ArrayList<>();
    private final BooleanProperty skipExisting = new SimpleBooleanProperty(this, "skipExisting");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    /**
     * @param mapping the starting choice: the guess from the headings, or the officer's earlier one
     * @param onChecked called with the plan once the file is checked under the chosen mapping
     */
    public ImportMappingFormModel(ContactImport contactImport, JobRunner jobs, I18n i18n, String source, Table table,
                                  ColumnMapping mapping, ImportOptions options, Consumer<ImportPlan> onChecked) {
        this.contactImport = contactImport;
        this.jobs = jobs;
        this.i18n = i18n;
        this.source = source;
        this.table = table;
        this.onChecked = onChecked;
        columns.add(SourceColumn.NONE);
        for (int i = 0; i < table.header().size(); i++) {
            columns.add(new SourceColumn(i, table.header().get(i)));
        }
        for (ContactColumn field : ContactColumn.values()) {
            int index = mapping.column(field).orElse(-1);
            fields.add(new FieldRow(field, index < 0 ? SourceColumn.NONE : columns.get(index + 1)));
        }
        skipExisting.set(options.skipExistingDuplicates());
    }

    /** The mapping as chosen now: every field is set, so nothing of the guess is left over. */
    public ColumnMapping mapping() {
        ColumnMapping m = ColumnMapping.guess(table.header());
        for (FieldRow row : fields) {
            SourceColumn c = row.sourceProperty().get();
            m = m.with(row.field(), c == null ? -1 : c.index());
        }
        return m;
    }

    public ImportOptions options() {
        return new ImportOptions(skipExisting.get(), false);
    }

    /** The first data row's value in that column, to show what a choice would read. */
    public String example(SourceColumn column) {
        if (column == null || column.index() < 0 || table.rows().isEmpty()) {
            return "";
        }
        return Table.cell(table.rows().get(0), column.index());
    }

    /** How a column is listed: its heading, or "(not imported)". */
    public String label(SourceColumn column) {
        if (column == null || column.index() < 0) {
            return i18n.get("roster.ui.import.notImported");
        }
        return column.heading().isBlank() ? i18n.get("roster.ui.import.untitledColumn", column.index() + 1)
                : column.heading();
    }

    @Override
    public String title() {
        return i18n.get("roster.ui.import.mapping.title", source);
    }

    @Override
    public String submitLabel() {
        return i18n.get("roster.ui.import.mapping.submit");
    }

    /** Checks the file under the chosen mapping; writes nothing. */
    @Override
    public void submit() {
        ColumnMapping m = mapping();
        ImportOptions o = options();
        error.set("");
        jobs.run(i18n.get("roster.ui.job.checkImport", source), () -> contactImport.plan(source, table, m, o), plan -> {
            done.set(true);
            onChecked.accept(plan);
        }, e -> error.set(i18n.describe(e)));
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public String source() {
        return source;
    }

    public Table table() {
        return table;
    }

    public ObservableList<SourceColumn> columns() {
        return columns;
    }

    public List<FieldRow> fields() {
        return fields;
    }

    public BooleanProperty skipExistingProperty() {
        return skipExisting;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
