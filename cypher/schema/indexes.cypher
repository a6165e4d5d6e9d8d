// Indexes for the properties that lists sort and filter by.
CREATE INDEX vendor_name IF NOT EXISTS FOR (n:Vendor) ON (n.name);
CREATE INDEX service_name IF NOT EXISTS FOR (n:Service) ON (n.name);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX control_code IF NOT EXISTS FOR (n:Control) ON (n.code);
CREATE INDEX region_provider IF NOT EXISTS FOR (n:Region) ON (n.provider);
CREATE INDEX service_vendor IF NOT EXISTS FOR (n:Service) ON (n.vendorId);
CREATE INDEX region_country IF NOT EXISTS FOR (n:Region) ON (n.countryCode);
// The change log: a node's or fact's history, and the feed in time order.
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
