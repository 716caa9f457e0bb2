package org.appregistry.downloads;

/**
 * Who joins a kickoff call. The source document wants representatives of all three sides: the
 * developer, the community member (operational sponsor, project manager, analyst, client systems
 * administrator, network engineer) and the programme (its technical coordinator, the technical
 * services staff who support the affected applications and, where it applies, the EDI
 * representative). The client systems administrator runs the organisation's clinical systems; it
 * is a job, not the security administrator who manages the organisation's people here.
 */
public enum StakeholderRole {
    DEVELOPER(Side.DEVELOPER),
    OPERATIONAL_SPONSOR(Side.ORGANIZATION),
    PROJECT_MANAGER(Side.ORGANIZATION),
    ANALYST(Side.ORGANIZATION),
    CLIENT_SYSTEMS_ADMINISTRATOR(Side.ORGANIZATION),
    NETWORK_ENGINEER(Side.ORGANIZATION),
    TECHNICAL_COORDINATOR(Side.PROGRAMME),
    TECHNICAL_SERVICES(Side.PROGRAMME),
    EDI_REPRESENTATIVE(Side.PROGRAMME);

    public enum Side {
        DEVELOPER,
        ORGANIZATION,
        PROGRAMME
    }

    private final Side side;

    StakeholderRole(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
