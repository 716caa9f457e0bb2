package org.appregistry.architecture.cyclic.left;

import org.appregistry.architecture.cyclic.left.process.LeftTask;
import org.appregistry.architecture.cyclic.right.Right;

/** A fixture of ArchitectureTest: a core class that uses another capability and its own process/ adapter. */
public class Left {

    Right right;
    LeftTask task;
}
