package tr.gov.acikkapi.console.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.primefaces.PrimeFaces;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.IdentityDisclosure;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationNote;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.console.i18n.DomainTexts;
import tr.gov.acikkapi.console.security.Roles;
import tr.gov.acikkapi.console.health.DatabaseStatus;
import tr.gov.acikkapi.cti.outbox.CaseCoreOutbox;
import tr.gov.acikkapi.cti.outbox.OutboxItem;
import tr.gov.acikkapi.cti.wrapup.WrapUpService;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's desk page: the screen pop of the agent's current call, which the page draws by itself from the
 * {@link PopMessage} the push channel brings (and the page embeds when it loads); registering a new application during
 * the call (linked to the call, for the caller the agent chose on the pop or a new citizen), the audited reveal of a
 * caller's TC Kimlik No, the wrap-up, and adding a note to an open application. The page's requests name the call
 * ({@code akLinkedid}) and the chosen citizen ({@code akCitizen}) it shows; they are acted on only for a call that is
 * this agent's ({@link ScreenPopBoard#shown}) and a citizen on it. Every input is validated by the case core; its
 * message appears next to the form, and what was typed stays in the form when the call ends or the socket drops.
 *
 * <p>While the database is unreachable the page keeps working from what it already holds: the choice lists are
 * kept in the view, a registration or note that cannot be saved says so and leaves the input in the form, and a
 * wrap-up code goes into the CTI outbox, to be written when the database is back.
 */
@Named
@ViewScoped
public class AgentDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AgentDesk.class);
    /** The request parameter naming the call the page shows. */
    static final String CALL_PARAMETER = "akLinkedid";
    /** The request parameter naming the citizen the agent chose on the pop. */
    static final String CITIZEN_PARAMETER = "akCitizen";

    @Inject
    transient ScreenPopBoard board;

    @Inject
    transient Intake intake;

    @Inject
    transient ApplicationLifecycle lifecycle;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient SecurityContext security;

    @Inject
    transient tr.gov.acikkapi.casecore.application.CallRecords callRecords;

    @Inject
    transient tr.gov.acikkapi.casecore.application.ConsoleReference consoleReference;

    @Inject
    transient IdentityDisclosure disclosure;

    @Inject
    transient CaseCoreOutbox outbox;

    @Inject
    transient DatabaseStatus databaseStatus;

    @Inject
    transient WrapUpService wrapUps;

    @Inject
    @ConfigProperty(name = "ami.name", defaultValue = "pbx")
    String pbxName;

    private transient List<ReferenceData.Choice> topics;
    private transient List<ReferenceData.Choice> provinces;
    private transient Map<Integer, List<ReferenceData.Choice>> typesByTopic;
    private transient List<tr.gov.acikkapi.casecore.application.ConsoleReference.Option> dispositions;

    private final IntakeForm form = new IntakeForm();
    private String lastTrackingNumber;
    private String noteTrackingNumber;
    private String noteText;
    private String disposition;
    /** Whether the user's role may reveal a TC Kimlik No, asked once per page. */
    private transient Boolean revealRole;

    /** The agent's pop as the page draws it when it loads; pushes bring every change after that. */
    public String getPopMessage() {
        return board.message(agent());
    }

    /** The words the page's script labels a pop with, in the page's language. */
    public String getPopTexts() {
        return PopMessage.texts(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Whether the pop offers the reveal of a TC Kimlik No (once the call is answered): agents and supervisors. */
    public boolean isRevealAllowed() {
        if (revealRole == null) {
            revealRole = security.isCallerInRole(Roles.AGENT) || security.isCallerInRole(Roles.SUPERVISOR);
        }
        return revealRole;
    }

    public boolean overdue(ApplicationSummary application) {
        return application.overdueAt(Instant.now());
    }

    /** The deadline as agents read it: Istanbul time, "05.12.2026 18:26". */
    public String deadlineText(ApplicationSummary application) {
        return PopMessage.deadlineText(application.deadlineAt());
    }

    /** The citizen's escort needs as badges, in the user's language. */
    public List<String> escortLabels(CitizenSummary citizen) {
        return DomainTexts.escortLabels(citizen.escortNeeds());
    }

    /**
     * Shows the full TC Kimlik No of a citizen on the agent's current call ({@code akCitizen}, {@code akLinkedid}),
     * audited by the case core with the call's linkedid as reason, and hands it to the page's script (callback
     * parameters {@code citizen}, {@code tc}), which shows it until the next call or a reload. The citizen must be one
     * of the call's pop as the server holds it, and the call answered, whatever the request says.
     */
    public void revealTcKimlikNo() {
        Optional<Pop> call = shownCall().filter(p -> p.state() != Pop.State.RINGING);
        Optional<Long> citizenId = call.flatMap(p -> chosenCitizen(p).map(c -> c.citizen().id()));
        if (citizenId.isEmpty() || !isRevealAllowed()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.format("desk.revealRefused"), null));
            return;
        }
        try {
            String value = disclosure.reveal(citizenId.get(), IdentityDisclosure.Occasion.CALL, call.get().linkedid()).value();
            PrimeFaces.current().ajax().addCallbackParam("citizen", citizenId.get());
            PrimeFaces.current().ajax().addCallbackParam("tc", value);
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    DomainTexts.describe(e), null));
        }
    }

    /** The call the page's request names, if it is this agent's. */
    private Optional<Pop> shownCall() {
        return board.shown(agent(), parameter(CALL_PARAMETER));
    }

    /** The citizen the page's request names, if it is on {@code call}'s pop. */
    private static Optional<CitizenOverview> chosenCitizen(Pop call) {
        String chosen = parameter(CITIZEN_PARAMETER);
        return call.citizens().stream().filter(c -> Long.toString(c.citizen().id()).equals(chosen)).findFirst();
    }

    private static String parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value.strip();
    }

    /** Registers the application for the selected (or newly entered) citizen, linked to the current call. */
    public void register() {
        Optional<Pop> pop = shownCall();
        Optional<CitizenOverview> selected = pop.flatMap(AgentDesk::chosenCitizen);
        if (selected.isEmpty() && !parameter(CITIZEN_PARAMETER).isEmpty()) {
            FacesContext.getCurrentInstance().addMessage("intake", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.format("desk.citizenNotOnCall"), null));
            return;
        }
        if (refused("intake", form.refusals(selected.isEmpty()))) {
            return;
        }
        try {
            CitizenDetails citizen = selected.map(c -> detailsOf(c.citizen())).orElseGet(form::citizenDetails);
            CallKey call = pop.map(p -> new CallKey(pbxName, p.linkedid())).orElse(null);
            RegisteredApplication registered = intake.register(new NewApplication(citizen, form.getKind(),
                    form.getTypeId() == null ? 0 : form.getTypeId(), form.getProvinceCode() == null ? 0 : form.getProvinceCode(),
                    form.getDistrict(), IntakeChannel.CALL_CENTER, form.getSubject(), form.getDescription(), agent(), call));
            lastTrackingNumber = registered.application().trackingNumber().value();
            form.clearApplication();
            message(FacesMessage.SEVERITY_INFO, "desk.registered", lastTrackingNumber);
            if (pop.isPresent()) {
                showNewApplicationInPop(registered.citizen().id());
            }
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("intake", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    DomainTexts.describe(e), null));
        } catch (RuntimeException e) {
            notSaved("intake", e);
        }
    }

    /** Adds the note to the chosen application. */
    public void addNote() {
        if (refused("note", new FormRefusals().required("application.trackingNumber", noteTrackingNumber)
                .required("desk.note", noteText).atMost("desk.note", noteText, ApplicationNote.BODY_LENGTH).messages())) {
            return;
        }
        try {
            lifecycle.addNote(TrackingNumber.parse(noteTrackingNumber), noteText, agent());
            noteText = null;
            message(FacesMessage.SEVERITY_INFO, "desk.noteAdded", noteTrackingNumber);
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("note", new FacesMessage(FacesMessage.SEVERITY_ERROR, DomainTexts.describe(e), null));
        } catch (RuntimeException e) {
            notSaved("note", e);
        }
    }

    /**
     * The wrap-up: records how the call ended for the citizen, then frees the desk and the agent's phone for the next
     * call (the queue offers it none during the wrap-up, {@link WrapUpService}). While writes wait in the outbox (the
     * database is or was just unreachable), the code joins them, behind the call's record. The call is the one the
     * page's wrap-up form names: the ended call still awaiting its wrap-up when another one rang, too.
     */
    public void wrapUp() {
        Optional<Pop> shown = shownCall();
        if (shown.isEmpty()) {
            return;
        }
        Pop pop = shown.get();
        OutboxItem.Disposition item = new OutboxItem.Disposition(pbxName, pop.linkedid(), disposition);
        try {
            if (disposition != null && !disposition.isBlank() && outbox.pending() > 0) {
                queueWrapUp(item);
                return;
            }
            if (!callRecords.setDisposition(new CallKey(pbxName, pop.linkedid()), disposition)) {
                FacesContext.getCurrentInstance().addMessage("wrapup", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.format("wrapup.noRecord"), null));
                return;
            }
            disposition = null;
            board.clear(agent(), pop.linkedid());
            wrapUps.finish(agent(), pop.linkedid());
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("wrapup", new FacesMessage(FacesMessage.SEVERITY_ERROR, DomainTexts.describe(e), null));
        } catch (RuntimeException e) {
            queueWrapUp(item);
        }
    }

    private void queueWrapUp(OutboxItem.Disposition item) {
        outbox.submit(item);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Texts.format("wrapup.queued"), null));
        disposition = null;
        board.clear(agent(), item.linkedid());
        wrapUps.finish(agent(), item.linkedid());
    }

    /** Shows each refusal of a form next to it; true when there was any (and nothing may be sent). */
    private static boolean refused(String clientId, List<String> refusals) {
        refusals.forEach(text -> FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        return !refusals.isEmpty();
    }

    /** The case core could not be reached: say so, and leave what was typed in the form. */
    private void notSaved(String clientId, RuntimeException e) {
        LOG.warnf("Desk input of %s not saved (database reachable: %s): %s", agent(), !databaseStatus.isDegraded(),
                e.getMessage());
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Texts.format("desk.dbDown"), null));
    }

    public List<tr.gov.acikkapi.casecore.application.ConsoleReference.Option> getDispositions() {
        List<tr.gov.acikkapi.casecore.application.ConsoleReference.Option> read =
                kept(dispositions, consoleReference::dispositionCodes);
        dispositions = read.isEmpty() ? null : read;
        return read;
    }

    /**
     * A choice list read once per view and kept: it does not change during a call, and the page keeps working from
     * it while the database is unreachable (empty, and read again next time, if it could not be read).
     */
    private static <T> List<T> kept(List<T> current, java.util.function.Supplier<List<T>> read) {
        if (current != null) {
            return current;
        }
        try {
            return read.get();
        } catch (RuntimeException e) {
            LOG.warnf("Choice list not readable: %s", e.getMessage());
            return List.of();
        }
    }

    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    public List<ReferenceData.Choice> getTopics() {
        List<ReferenceData.Choice> read = kept(topics, referenceData::topics);
        topics = read.isEmpty() ? null : read;
        return read;
    }

    public List<ReferenceData.Choice> getTypes() {
        Integer topic = form.getTopicId();
        if (topic == null) {
            return List.of();
        }
        if (typesByTopic == null) {
            typesByTopic = new java.util.HashMap<>();
        }
        List<ReferenceData.Choice> types = kept(typesByTopic.get(topic), () -> referenceData.typesOf(topic));
        if (!types.isEmpty()) {
            typesByTopic.put(topic, types);
        }
        return types;
    }

    public List<ReferenceData.Choice> getProvinces() {
        List<ReferenceData.Choice> read = kept(provinces, referenceData::provinces);
        provinces = read.isEmpty() ? null : read;
        return read;
    }

    public ApplicationKind[] getKinds() {
        return ApplicationKind.values();
    }

    public IntakeForm getForm() {
        return form;
    }

    public String getLastTrackingNumber() {
        return lastTrackingNumber;
    }

    /** The tracking number in groups of three, as an agent reads it out: "123 456 789 0". */
    public String getLastTrackingNumberSpoken() {
        return lastTrackingNumber == null ? null : lastTrackingNumber.replaceAll("(\\d{3})(?=\\d)", "$1 ");
    }

    public String getNoteTrackingNumber() {
        return noteTrackingNumber;
    }

    public void setNoteTrackingNumber(String noteTrackingNumber) {
        this.noteTrackingNumber = noteTrackingNumber;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    private static CitizenDetails detailsOf(CitizenSummary c) {
        return new CitizenDetails(c.tcKimlikNo().value(), c.name().first(), c.name().last(),
                c.phones().isEmpty() ? null : c.phones().get(0).e164(), c.email().map(Object::toString).orElse(null),
                c.provinceCode(), c.district().map(Object::toString).orElse(null), c.birthYear().orElse(null), c.gender(),
                c.escortNeeds());
    }

    /**
     * After a registration during the call: the pop reads the caller's applications again (and pushes them), so the
     * new one is listed at once; the page's script makes the registered citizen the call's applicant (callback
     * parameter {@code citizen}), which matters for a caller just registered as a new citizen.
     */
    private void showNewApplicationInPop(long citizenId) {
        board.reread(agent());
        PrimeFaces.current().ajax().addCallbackParam("citizen", citizenId);
    }

    private String agent() {
        return security.getCallerPrincipal().getName();
    }

    private static void message(FacesMessage.Severity severity, String key, Object argument) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(java.util.ResourceBundle.getBundle(
                "tr.gov.acikkapi.console.i18n.messages", context.getViewRoot().getLocale()).getString(key), argument);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** What the agent types into the intake form; kept in the view so that nothing typed is lost when the call ends. */
    public static class IntakeForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tcKimlikNo;
        private String firstName;
        private String lastName;
        private String phone;
        private Integer birthYear;
        private Gender gender = Gender.UNSPECIFIED;
        private boolean martyrRelative;
        private boolean veteran;
        private boolean disabled;
        private boolean elderly;
        private boolean sick;
        private ApplicationKind kind = ApplicationKind.REQUEST;
        private Integer topicId;
        private Integer typeId;
        private Integer provinceCode;
        private String district;
        private String subject;
        private String description;


        /**
         * Every empty required field and every over-long text, one message each; the citizen's fields count only
         * when no citizen was chosen on the call.
         */
        List<String> refusals(boolean newCitizen) {
            FormRefusals refusals = new FormRefusals();
            if (newCitizen) {
                refusals.required("citizen.tcKimlikNo", tcKimlikNo)
                        .required("citizen.firstName", firstName).atMost("citizen.firstName", firstName, PersonName.MAX_LENGTH)
                        .required("citizen.lastName", lastName).atMost("citizen.lastName", lastName, PersonName.MAX_LENGTH);
            }
            return refusals.chosen("application.kind", kind).chosen("application.type", typeId)
                    .chosen("application.province", provinceCode)
                    .atMost("application.district", district, District.MAX_LENGTH)
                    .required("application.subject", subject).atMost("application.subject", subject, Application.SUBJECT_LENGTH)
                    .required("application.description", description)
                    .atMost("application.description", description, Application.DESCRIPTION_LENGTH)
                    .messages();
        }

        void clearApplication() {
            subject = null;
            description = null;
        }

        CitizenDetails citizenDetails() {
            return new CitizenDetails(tcKimlikNo, firstName, lastName, phone, null,
                    provinceCode == null ? 0 : provinceCode, district, birthYear, gender,
                    new EscortNeeds(martyrRelative, veteran, disabled, elderly, sick));
        }

        public String getTcKimlikNo() { return tcKimlikNo; }
        public void setTcKimlikNo(String v) { tcKimlikNo = v; }
        public String getFirstName() { return firstName; }
        public void setFirstName(String v) { firstName = v; }
        public String getLastName() { return lastName; }
        public void setLastName(String v) { lastName = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public Integer getBirthYear() { return birthYear; }
        public void setBirthYear(Integer v) { birthYear = v; }
        public Gender getGender() { return gender; }
        public void setGender(Gender v) { gender = v; }
        public boolean isMartyrRelative() { return martyrRelative; }
        public void setMartyrRelative(boolean v) { martyrRelative = v; }
        public boolean isVeteran() { return veteran; }
        public void setVeteran(boolean v) { veteran = v; }
        public boolean isDisabled() { return disabled; }
        public void setDisabled(boolean v) { disabled = v; }
        public boolean isElderly() { return elderly; }
        public void setElderly(boolean v) { elderly = v; }
        public boolean isSick() { return sick; }
        public void setSick(boolean v) { sick = v; }
        public ApplicationKind getKind() { return kind; }
        public void setKind(ApplicationKind v) { kind = v; }
        public Integer getTopicId() { return topicId; }
        public void setTopicId(Integer v) { topicId = v; }
        /** A new topic invalidates the chosen type (the cascade). */
        public void topicChanged() { typeId = null; }
        public Integer getTypeId() { return typeId; }
        public void setTypeId(Integer v) { typeId = v; }
        public Integer getProvinceCode() { return provinceCode; }
        public void setProvinceCode(Integer v) { provinceCode = v; }
        public String getDistrict() { return district; }
        public void setDistrict(String v) { district = v; }
        public String getSubject() { return subject; }
        public void setSubject(String v) { subject = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }
}
