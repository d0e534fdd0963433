-- Adds :products generated products to a database holding the Medusa v2 fixture and seed (v2.17 option
-- layout), set-based with generate_series: product g has 1 + g % 2 variants (1.5 on average), each variant
-- a price set with 2 prices (eur, usd) -- 3 prices per product, so 1M products carry 3M prices (issue 5's
-- budget) -- plus a sales channel link, a tag, a category, an image, the size option and inventory.
-- Run by scripts/bench with `psql -v products=N`; :products is checked to be a number before.
\set ON_ERROR_STOP 1
BEGIN;
CREATE TEMP TABLE bench_variant AS
  SELECT g, s FROM generate_series(1, :products) g, generate_series(1, 2) s WHERE s <= 1 + g % 2;
INSERT INTO product (id, title, handle, subtitle, description, status, thumbnail, collection_id, type_id)
SELECT 'prod_g' || g,
       (ARRAY['Red','Blue','Green','Black','White','Grey'])[1 + g % 6] || ' ' ||
       (ARRAY['cotton','linen','wool','denim','canvas'])[1 + g % 5] || ' ' ||
       (ARRAY['shirt','hoodie','jacket','scarf','trousers','cap','sweater'])[1 + g % 7] || ' ' || g,
       'gen-' || g, 'Subtitle ' || g, 'Generated product number ' || g || ' for the sync benchmarks.', 'published',
       'https://cdn.example.test/g' || g || '.png', CASE WHEN g % 2 = 0 THEN 'pcol_summer' END, 'ptyp_apparel'
FROM generate_series(1, :products) g;
INSERT INTO product_sales_channel (product_id, sales_channel_id, id) SELECT 'prod_g' || g, 'sc_default', 'prodsc_g' || g FROM generate_series(1, :products) g;
INSERT INTO product_tags SELECT 'prod_g' || g, CASE WHEN g % 2 = 0 THEN 'ptag_cotton' ELSE 'ptag_gift' END FROM generate_series(1, :products) g;
INSERT INTO product_category_product SELECT 'prod_g' || g, CASE WHEN g % 3 = 0 THEN 'pcat_kitchen' ELSE 'pcat_tshirts' END FROM generate_series(1, :products) g;
INSERT INTO image (id, url, rank, product_id) SELECT 'img_g' || g, 'https://cdn.example.test/g' || g || '.png', 0, 'prod_g' || g FROM generate_series(1, :products) g;
INSERT INTO product_product_option (id, product_id, product_option_id) SELECT 'prodopt_g' || g, 'prod_g' || g, 'opt_size' FROM generate_series(1, :products) g;
INSERT INTO product_product_option_value (id, product_product_option_id, product_option_value_id)
SELECT 'prodoptval_g' || g || '_' || s, 'prodopt_g' || g, (ARRAY['optval_size_s','optval_size_m'])[s] FROM bench_variant;
INSERT INTO product_variant (id, title, sku, product_id, variant_rank)
SELECT 'variant_g' || g || '_' || s, (ARRAY['S','M'])[s], 'SKU-G' || g || '-' || s, 'prod_g' || g, s FROM bench_variant;
INSERT INTO product_variant_option SELECT 'variant_g' || g || '_' || s, (ARRAY['optval_size_s','optval_size_m'])[s] FROM bench_variant;
INSERT INTO price_set (id) SELECT 'pset_g' || g || '_' || s FROM bench_variant;
INSERT INTO product_variant_price_set (variant_id, price_set_id, id)
SELECT 'variant_g' || g || '_' || s, 'pset_g' || g || '_' || s, 'pvps_g' || g || '_' || s FROM bench_variant;
INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount)
SELECT 'price_g' || g || '_' || s || '_' || c, 'pset_g' || g || '_' || s, c, 10 + g % 90 + s,
       jsonb_build_object('value', (10 + g % 90 + s)::text, 'precision', 20)
FROM bench_variant, unnest(ARRAY['eur', 'usd']) c;
INSERT INTO inventory_item (id, sku) SELECT 'iitem_g' || g || '_' || s, 'SKU-G' || g || '-' || s FROM bench_variant;
INSERT INTO inventory_level (id, inventory_item_id, location_id, stocked_quantity, reserved_quantity)
SELECT 'ilev_g' || g || '_' || s, 'iitem_g' || g || '_' || s, 'sloc_main', (g + s) % 20, 0 FROM bench_variant;
INSERT INTO product_variant_inventory_item (variant_id, inventory_item_id, id)
SELECT 'variant_g' || g || '_' || s, 'iitem_g' || g || '_' || s, 'pvitem_g' || g || '_' || s FROM bench_variant;
COMMIT;
VACUUM ANALYZE;
