package org.appregistry.architecture.cyclic.right;

import org.appregistry.architecture.cyclic.left.Left;

/** A fixture of ArchitectureTest: the other half of a cycle between capabilities. */
public class Right {

    Left left;
}
