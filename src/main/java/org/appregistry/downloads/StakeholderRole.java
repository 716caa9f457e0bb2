package org.appregistry.downloads;

/**
 * Who joins a kickoff call. The source document wants representatives of all three sides: the
 * developer, the community member (operational sponsor, project manager, analyst, security
 * administrator, network engineer) and the programme (its technical coordinator).
 */
public enum StakeholderRole {
    DEVELOPER(Side.DEVELOPER),
    OPERATIONAL_SPONSOR(Side.ORGANIZATION),
    PROJECT_MANAGER(Side.ORGANIZATION),
    ANALYST(Side.ORGANIZATION),
    SECURITY_ADMINISTRATOR(Side.ORGANIZATION),
    NETWORK_ENGINEER(Side.ORGANIZATION),
    TECHNICAL_COORDINATOR(Side.PROGRAMME);

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
