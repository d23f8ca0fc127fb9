package tr.gov.acikkapi.casecore.domain.model.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One phone number of a citizen; the same number may belong to several citizens (a family's line). */
@Entity
@Table(name = "citizen_phone")
public class CitizenPhone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "citizen_id", nullable = false)
    private Citizen citizen;

    @Convert(converter = PhoneNumberConverter.class)
    @Column(name = "phone_e164", nullable = false, length = 16)
    private PhoneNumber number;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CitizenPhone() {
    }

    CitizenPhone(Citizen citizen, PhoneNumber number, Instant addedAt) {
        this.citizen = citizen;
        this.number = number;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public Citizen citizen() {
        return citizen;
    }

    public PhoneNumber number() {
        return number;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
