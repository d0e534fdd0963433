"""Storefront scenario: drives a running Loupe with the real `meilisearch` Python client.

Usage: storefront_scenario.py URL MASTER_KEY

Each step is a named check; the script prints one line per check and a closing line
"N passed, M failed". Checks listed in PENDING need engine features not integrated yet
(filters, facet distribution, facet search): they still run, a failure there is reported as
pending and does not fail the run, and a pending check that passes fails the run so that the
list gets emptied.
"""

import datetime
import sys
import traceback

import meilisearch
from meilisearch.errors import MeilisearchApiError

PENDING = set()

PRODUCTS = [
    {"id": 1, "title": "Red Rain Jacket", "brand": "Northwind", "color": "red", "price": 120, "in_stock": True},
    {"id": 2, "title": "Blue Denim Jeans", "brand": "Denimco", "color": "blue", "price": 60, "in_stock": True},
    {"id": 3, "title": "Green Wool Scarf", "brand": "Northwind", "color": "green", "price": 25, "in_stock": False},
    {"id": 4, "title": "Red Running Shoes", "brand": "Swift", "color": "red", "price": 90, "in_stock": True},
    {"id": 5, "title": "Black Leather Jacket", "brand": "Denimco", "color": "black", "price": 250, "in_stock": True},
    {"id": 6, "title": "Blue Cotton T-Shirt", "brand": "Swift", "color": "blue", "price": 15, "in_stock": True},
]


class Scenario:
    def __init__(self, url, master_key):
        self.url = url
        self.master_key = master_key
        self.client = meilisearch.Client(url, master_key)
        self.passed = 0
        self.failed = 0
        self.pending = 0

    def check(self, name, step):
        try:
            step()
            ok, detail = True, ""
        except Exception as error:  # noqa: BLE001 - every failure is reported, none hidden
            ok, detail = False, f"{type(error).__name__}: {error}"
            if not isinstance(error, (AssertionError, MeilisearchApiError)):
                detail += "\n" + traceback.format_exc(limit=3)
        if name in PENDING:
            if ok:
                self.failed += 1
                print(f"FAIL  {name}: passes now; remove it from PENDING")
            else:
                self.pending += 1
                print(f"PEND  {name}: {detail.splitlines()[0] if detail else ''}")
        elif ok:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed += 1
            print(f"FAIL  {name}: {detail}")

    def wait(self, task_info):
        task = self.client.wait_for_task(task_info.task_uid, timeout_in_ms=5000)
        assert task.status == "succeeded", f"task {task.uid} {task.status}: {task.error}"
        return task

    def run(self):
        client = self.client
        index = client.index("products")

        def health():
            assert client.is_healthy()
            assert client.get_version()["pkgVersion"]

        def create_index():
            self.wait(client.create_index("products", {"primaryKey": "id"}))
            assert client.get_index("products").primary_key == "id"

        def update_settings():
            self.wait(index.update_settings({
                "searchableAttributes": ["title", "brand", "color"],
                "filterableAttributes": ["brand", "color", "price", "in_stock"],
                "sortableAttributes": ["price"],
                "synonyms": {"coat": ["jacket"]},
            }))
            settings = index.get_settings()
            assert settings["sortableAttributes"] == ["price"], settings
            assert settings["synonyms"] == {"coat": ["jacket"]}, settings

        def add_documents():
            task = self.wait(index.add_documents(PRODUCTS))
            assert task.details["indexedDocuments"] == len(PRODUCTS), task.details
            assert index.get_stats().number_of_documents == len(PRODUCTS)

        def search():
            result = index.search("jacket")
            assert {hit["id"] for hit in result["hits"]} == {1, 5}, result
            assert result["estimatedTotalHits"] == 2

        def search_typo_and_synonym():
            assert [hit["id"] for hit in index.search("jackte")["hits"]][:1] in ([1], [5])
            assert {hit["id"] for hit in index.search("coat")["hits"]} == {1, 5}

        def search_with_sort():
            result = index.search("", {"sort": ["price:asc"], "limit": 3})
            assert [hit["id"] for hit in result["hits"]] == [6, 3, 2], result["hits"]

        def search_with_filter():
            result = index.search("", {"filter": "color = red AND price < 100"})
            assert [hit["id"] for hit in result["hits"]] == [4], result["hits"]

        def search_with_facets():
            result = index.search("", {"facets": ["brand", "color"]})
            assert result["facetDistribution"]["brand"] == {"Denimco": 2, "Northwind": 2, "Swift": 2}, result
            assert result["facetDistribution"]["color"]["red"] == 2

        def facet_search():
            result = index.facet_search("brand", "north")
            assert [(hit["value"], hit["count"]) for hit in result["facetHits"]] == [("Northwind", 2)], result

        def multi_search():
            result = client.multi_search([
                {"indexUid": "products", "q": "shoes"},
                {"indexUid": "products", "q": "scarf", "attributesToRetrieve": ["id"]},
            ])
            hits = [[hit["id"] for hit in part["hits"]] for part in result["results"]]
            assert hits == [[4], [3]], result
            assert result["results"][1]["hits"][0] == {"id": 3}

        def documents():
            document = index.get_document(2)
            assert document.title == "Blue Denim Jeans"
            page = index.get_documents({"limit": 2, "offset": 1, "fields": ["id"]})
            assert [doc.id for doc in page.results] == [2, 3] and page.total == len(PRODUCTS)

        def update_documents():
            self.wait(index.update_documents([{"id": 2, "price": 55}]))
            document = index.get_document(2)
            assert document.price == 55 and document.title == "Blue Denim Jeans"

        def delete_documents():
            self.wait(index.delete_document(6))
            self.wait(index.delete_documents(ids=["5"]))
            assert index.get_documents().total == len(PRODUCTS) - 2

        def delete_by_filter():
            self.wait(index.delete_documents(filter="in_stock = false"))
            assert index.get_documents().total == len(PRODUCTS) - 3

        def errors():
            try:
                client.get_index("missing")
            except MeilisearchApiError as error:
                assert error.code == "index_not_found" and error.status_code == 404, error
            else:
                raise AssertionError("expected index_not_found")
            try:
                index.search("x", {"limit": "ten"})
            except MeilisearchApiError as error:
                assert error.code == "invalid_search_limit", error
            else:
                raise AssertionError("expected invalid_search_limit")

        def keys_and_tenant_tokens():
            keys = client.get_keys().results
            search_key = next(key for key in keys if key.actions == ["search"])
            searcher = meilisearch.Client(self.url, search_key.key)
            assert searcher.index("products").search("shoes")["hits"][0]["id"] == 4
            try:
                searcher.index("products").add_documents([{"id": 99}])
            except MeilisearchApiError as error:
                assert error.code == "invalid_api_key" and error.status_code == 403, error
            else:
                raise AssertionError("a search key must not write")
            token = client.generate_tenant_token(
                search_key.uid, ["products"], api_key=search_key.key,
                expires_at=datetime.datetime.now(tz=datetime.timezone.utc) + datetime.timedelta(hours=1))
            tenant = meilisearch.Client(self.url, token)
            assert tenant.index("products").search("jeans")["hits"][0]["id"] == 2
            try:
                meilisearch.Client(self.url, "wrong-key").index("products").search("x")
            except MeilisearchApiError as error:
                assert error.code == "invalid_api_key", error
            else:
                raise AssertionError("a wrong key must be refused")

        def delete_index():
            self.wait(client.delete_index("products"))
            assert [i.uid for i in client.get_indexes()["results"]] == []

        for name, step in [
            ("health and version", health),
            ("create index", create_index),
            ("update settings", update_settings),
            ("add documents and wait for the task", add_documents),
            ("search", search),
            ("search with typo and synonym", search_typo_and_synonym),
            ("search with sort", search_with_sort),
            ("search with filter", search_with_filter),
            ("search with facets", search_with_facets),
            ("facet search", facet_search),
            ("multi-search", multi_search),
            ("get documents", documents),
            ("update documents", update_documents),
            ("delete documents", delete_documents),
            ("delete documents by filter", delete_by_filter),
            ("errors", errors),
            ("keys and tenant tokens", keys_and_tenant_tokens),
            ("delete index", delete_index),
        ]:
            self.check(name, step)
        suffix = f" ({self.pending} pending engine features)" if self.pending else ""
        print(f"{self.passed} passed, {self.failed} failed{suffix}")
        return 1 if self.failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: storefront_scenario.py URL MASTER_KEY", file=sys.stderr)
        sys.exit(2)
    sys.exit(Scenario(sys.argv[1], sys.argv[2]).run())
