package tr.gov.acikkapi.console.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.UnitKindView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.UnitView;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The units page: the units (birim) applications are routed to, by province and by kind of unit. */
@Named("adminUnits")
@ViewScoped
public class UnitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoutingAdministration routing;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient AdminAccess access;

    private Integer provinceCode;
    private String unitKindCode;
    private List<UnitView> units;
    private List<UnitKindView> kinds;
    private List<ReferenceData.Choice> provinces;

    public void load() {
        if (access.granted()) {
            kinds = routing.unitKinds();
            provinces = referenceData.provinces();
            show();
        }
    }

    /** Lists the units matching the filter (every unit when none is chosen). */
    public void show() {
        if (access.granted()) {
            units = routing.units(Optional.ofNullable(provinceCode), Optional.ofNullable(unitKindCode));
        }
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public List<UnitKindView> getKinds() {
        return kinds;
    }

    public List<ReferenceData.Choice> getProvinces() {
        return provinces;
    }

    public Integer getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(Integer provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getUnitKindCode() {
        return unitKindCode;
    }

    public void setUnitKindCode(String unitKindCode) {
        this.unitKindCode = unitKindCode;
    }
}
