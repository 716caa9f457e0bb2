-- Connection Hub's additional marketing fields: they belong to the listing, not to the app
-- record (which is frozen once ACTIVE), so the developer may change them at any time.
-- categories holds codes of listings.ListingCategory, comma-separated, in the developer's order.
create table listing_marketing (
    app_id         uuid primary key references app (id),
    categories     varchar(200),
    support_email  varchar(254),
    support_url    varchar(500),
    pricing_model  varchar(20),
    marketing_text varchar(4000),
    updated_by     varchar(64) not null,
    updated_at     timestamp with time zone not null,
    version        integer not null
);
