package no.gevinst.programme;

import no.gevinst.shared.FrameworkItemId;

/**
 * What another module has that points at a framework item, asked before the item is removed (issue 21). The module
 * that keeps benefits implements it over its own tables, so that the programme module can refuse to remove an area
 * still in use without reading another module's tables, and without depending on the module that uses it.
 */
public interface FrameworkItemUse {

    /** How many benefits (of any state) have the item as their area or among their priority areas. */
    long benefitsUsing(FrameworkItemId item);
}
