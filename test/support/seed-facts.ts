/** Answers of the real seed that several suites expect, named once. */

/**
 * The four Gluegent services the gluegent whitepaper puts on Google Cloud in
 * the United States, with their clocks on Google Public NTP; in id order.
 */
export const gluegentOnGoogleCloud = ['gluegent-apps-addressbook', 'gluegent-apps-scheduler', 'gluegent-flow', 'gluegent-gadgets'];
