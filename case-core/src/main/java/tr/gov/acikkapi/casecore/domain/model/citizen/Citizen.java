package tr.gov.acikkapi.casecore.domain.model.citizen;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen who applies, identified by the TC Kimlik No (unique). Holds the phone numbers the call
 * center recognises them by, where they live, the demographic facts used by the analyses, and their
 * escort needs (mihmandarlık), which give them priority.
 */
@Entity
@Table(name = "citizen")
public class Citizen {

    /** Earliest birth year accepted. */
    public static final int MIN_BIRTH_YEAR = 1900;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Convert(converter = TcKimlikNoConverter.class)
    @Column(name = "tc_kimlik_no", nullable = false, length = 11, unique = true)
    private TcKimlikNo tcKimlikNo;

    @Column(name = "first_name", nullable = false, length = PersonName.MAX_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = PersonName.MAX_LENGTH)
    private String lastName;

    @Column(name = "email", length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_code", nullable = false)
    private Province province;

    @Column(name = "district", length = District.MAX_LENGTH)
    private String district;

    @Column(name = "birth_year")
    private Short birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 12)
    private Gender gender = Gender.UNSPECIFIED;

    @Column(name = "martyr_relative", nullable = false)
    private boolean martyrRelative;

    @Column(name = "veteran", nullable = false)
    private boolean veteran;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "elderly", nullable = false)
    private boolean elderly;

    @Column(name = "sick", nullable = false)
    private boolean sick;

    @Column(name = "do_not_call", nullable = false)
    private boolean doNotCall;

    @OneToMany(mappedBy = "citizen", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CitizenPhone> phones = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Citizen() {
    }

    /**
     * A new citizen record.
     *
     * @param email     may be null
     * @param district  may be null
     * @param birthYear may be null; otherwise from 1900 to the current year
     * @param now       the registration time, also the bound for the birth year
     */
    public Citizen(TcKimlikNo tcKimlikNo, PersonName name, EmailAddress email, Province province, District district,
                   Integer birthYear, Gender gender, EscortNeeds escortNeeds, Instant now) {
        this.tcKimlikNo = Objects.requireNonNull(tcKimlikNo, "tcKimlikNo");
        this.province = Objects.requireNonNull(province, "province");
        this.createdAt = Objects.requireNonNull(now, "now");
        rename(name, now);
        this.email = email == null ? null : email.value();
        this.district = district == null ? null : district.name();
        this.birthYear = checkedBirthYear(birthYear, now);
        this.gender = gender == null ? Gender.UNSPECIFIED : gender;
        changeEscortNeeds(escortNeeds == null ? EscortNeeds.none() : escortNeeds, now);
    }

    /** Adds a phone number unless the citizen has it already; tells whether it was added. */
    public boolean addPhone(PhoneNumber number, Instant now) {
        Objects.requireNonNull(number, "number");
        if (hasPhone(number)) {
            return false;
        }
        phones.add(new CitizenPhone(this, number, now));
        updatedAt = now;
        return true;
    }

    /** Whether the number is one of the citizen's. */
    public boolean hasPhone(PhoneNumber number) {
        return phones.stream().anyMatch(phone -> phone.number().equals(number));
    }

    /** Corrects the name. */
    public void rename(PersonName name, Instant now) {
        Objects.requireNonNull(name, "name");
        this.firstName = name.first();
        this.lastName = name.last();
        this.updatedAt = now;
    }

    /** Sets the escort needs, e.g. when the citizen tells the agent about a disability. */
    public void changeEscortNeeds(EscortNeeds needs, Instant now) {
        Objects.requireNonNull(needs, "needs");
        this.martyrRelative = needs.martyrRelative();
        this.veteran = needs.veteran();
        this.disabled = needs.disabled();
        this.elderly = needs.elderly();
        this.sick = needs.sick();
        this.updatedAt = now;
    }

    /**
     * Whether the citizen may be called for satisfaction surveys: false once they asked not to be (an agent noted it,
     * or they keyed it in a survey call). Survey campaigns never dial such a citizen.
     */
    public boolean doNotCall() {
        return doNotCall;
    }

    /** Records the citizen's wish not to be called for surveys ({@code true}), or that they agree again. */
    public void changeDoNotCall(boolean doNotCall, Instant now) {
        if (this.doNotCall != doNotCall) {
            this.doNotCall = doNotCall;
            this.updatedAt = now;
        }
    }

    /** Fills in e-mail, district, birth year and gender where they are still unknown; never overwrites. */
    public void completeProfile(EmailAddress email, District district, Integer birthYear, Gender gender, Instant now) {
        boolean changed = false;
        if (this.email == null && email != null) {
            this.email = email.value();
            changed = true;
        }
        if (this.district == null && district != null) {
            this.district = district.name();
            changed = true;
        }
        if (this.birthYear == null && birthYear != null) {
            this.birthYear = checkedBirthYear(birthYear, now);
            changed = true;
        }
        if (this.gender == Gender.UNSPECIFIED && gender != null && gender != Gender.UNSPECIFIED) {
            this.gender = gender;
            changed = true;
        }
        if (changed) {
            this.updatedAt = now;
        }
    }

    private static Short checkedBirthYear(Integer birthYear, Instant now) {
        if (birthYear == null) {
            return null;
        }
        int currentYear = now.atZone(ZoneOffset.UTC).getYear();
        if (birthYear < MIN_BIRTH_YEAR || birthYear > currentYear) {
            throw new DomainException(DomainErrorCode.BIRTH_YEAR_INVALID,
                    "Doğum yılı " + MIN_BIRTH_YEAR + " ile " + currentYear + " arasında olmalıdır.");
        }
        return birthYear.shortValue();
    }

    public Long id() {
        return id;
    }

    public TcKimlikNo tcKimlikNo() {
        return tcKimlikNo;
    }

    public PersonName name() {
        return new PersonName(firstName, lastName);
    }

    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email).map(EmailAddress::new);
    }

    public Province province() {
        return province;
    }

    public Optional<District> district() {
        return Optional.ofNullable(district).map(District::new);
    }

    public Optional<Integer> birthYear() {
        return Optional.ofNullable(birthYear).map(Short::intValue);
    }

    public Gender gender() {
        return gender;
    }

    public EscortNeeds escortNeeds() {
        return new EscortNeeds(martyrRelative, veteran, disabled, elderly, sick);
    }

    /** The citizen's numbers, oldest first. */
    public List<PhoneNumber> phoneNumbers() {
        return phones.stream().map(CitizenPhone::number).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
