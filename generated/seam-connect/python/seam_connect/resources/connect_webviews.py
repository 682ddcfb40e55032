"""The `connect_webviews` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import (
    NOT_GIVEN,
    AsyncTransport,
    NotGiven,
    Transport,
    checked,
    next_cursor,
    to_json,
)


class ConnectWebviewsResource:
    """Operations on connect_webviews."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        accepted_capabilities: Sequence[models.AcceptedCapability | str] | None = None,
        accepted_providers: Sequence[models.AcceptedProvider | str] | None = None,
        automatically_manage_new_devices: bool | None = None,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        custom_redirect_failure_url: str | None = None,
        custom_redirect_url: str | None = None,
        customer_key: str | None = None,
        device_selection_mode: models.DeviceSelectionMode | str | None = None,
        excluded_providers: Sequence[str] | None = None,
        provider_category: models.ProviderCategory | str | None = None,
        wait_for_device_creation: bool | None = None,
    ) -> models.ConnectWebview:
        """Create a Connect Webview

        Creates a new [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        To enable a user to connect their devices or systems to Seam, they must sign in to their device or system account. To enable a user to sign in, you create a `connect_webview`. After creating the Connect Webview, you receive a URL that you can use to display the visual component of this Connect Webview for your user. You can open an iframe or new window to display the Connect Webview.

        You should make a new `connect_webview` for each unique login request. Each `connect_webview` tracks the user that signed in with it. You receive an error if you reuse a Connect Webview for the same user twice or if you use the same Connect Webview for multiple users.

        See also: [Connect Webview Process](https://docs.seam.co/core-concepts/connect-webviews/connect-webview-process).

        Args:
            accepted_capabilities: List of accepted device capabilities that restrict the types of devices that can be connected through the Connect Webview. If not provided, defaults will be determined based on the accepted providers.
            accepted_providers: Accepted device provider keys as an alternative to `provider_category`. Use this parameter to specify accepted providers explicitly. See [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews). To list all provider keys, use [`/devices/list_device_providers`](https://docs.seam.co/api/devices/list_device_providers) with no filters.
            automatically_manage_new_devices: Indicates whether newly-added devices should appear as [managed devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). See also: [Customize the Behavior Settings of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-behavior-settings-of-your-connect-webviews).
            custom_metadata: Custom metadata that you want to associate with the Connect Webview. Supports up to 50 JSON key:value pairs. [Adding custom metadata to a Connect Webview](https://docs.seam.co/core-concepts/connect-webviews/attaching-custom-data-to-the-connect-webview) enables you to store custom information, like customer details or internal IDs from your application. The custom metadata is then transferred to any [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) that were connected using the Connect Webview, making it easy to find and filter these resources in your [workspace](https://docs.seam.co/core-concepts/workspaces). You can also [filter Connect Webviews by custom metadata](https://docs.seam.co/core-concepts/connect-webviews/filtering-connect-webviews-by-custom-metadata).
            custom_redirect_failure_url: Alternative URL that you want to redirect the user to on an error. If you do not set this parameter, the Connect Webview falls back to the `custom_redirect_url`.
            custom_redirect_url: URL that you want to redirect the user to after the provider login is complete.
            customer_key: Associate the Connect Webview, the connected account, and all resources under the connected account with a customer. If the connected account already exists, it will be associated with the customer. If the connected account already exists, but is already associated with a customer, the Connect Webview will show an error.
            device_selection_mode:
            excluded_providers: List of provider keys to exclude from the Connect Webview. These providers will not be shown when the user tries to connect an account.
            provider_category: Specifies the category of providers that you want to include. To list all providers within a category, use [`/devices/list_device_providers`](https://docs.seam.co/api/devices/list_device_providers) with the desired `provider_category` filter.
            wait_for_device_creation: Indicates whether Seam should finish syncing all devices in a newly-connected account before completing the associated Connect Webview. See also: [Customize the Behavior Settings of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-behavior-settings-of-your-connect-webviews).
        """
        _body: builtins.dict[str, Any] = {}
        if accepted_capabilities is not None:
            _body["accepted_capabilities"] = to_json(accepted_capabilities)
        if accepted_providers is not None:
            _body["accepted_providers"] = to_json(accepted_providers)
        if automatically_manage_new_devices is not None:
            _body["automatically_manage_new_devices"] = to_json(
                automatically_manage_new_devices
            )
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if custom_redirect_failure_url is not None:
            _body["custom_redirect_failure_url"] = to_json(custom_redirect_failure_url)
        if custom_redirect_url is not None:
            _body["custom_redirect_url"] = to_json(custom_redirect_url)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_selection_mode is not None:
            _body["device_selection_mode"] = to_json(device_selection_mode)
        if excluded_providers is not None:
            _body["excluded_providers"] = to_json(excluded_providers)
        if provider_category is not None:
            _body["provider_category"] = to_json(provider_category)
        if wait_for_device_creation is not None:
            _body["wait_for_device_creation"] = to_json(wait_for_device_creation)
        _response = self._transport.request(
            "POST",
            "/connect_webviews/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectWebview",
            self._transport.parse(models.ConnectWebview, _response, "connect_webview"),
        )

    @checked
    def delete(
        self,
        *,
        connect_webview_id: str,
    ) -> None:
        """Delete a Connect Webview

        Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        You do not need to delete a Connect Webview once a user completes it. Instead, you can simply ignore completed Connect Webviews.

        Args:
            connect_webview_id: ID of the Connect Webview that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        self._transport.request(
            "POST",
            "/connect_webviews/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        connect_webview_id: str,
    ) -> models.ConnectWebview:
        """Get a Connect Webview

        Returns a specified [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        Unless you're using a `custom_redirect_url`, you should poll a newly-created `connect_webview` to find out if the user has signed in or to get details about what devices they've connected.

        Args:
            connect_webview_id: ID of the Connect Webview that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        _response = self._transport.request(
            "POST",
            "/connect_webviews/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectWebview",
            self._transport.parse(models.ConnectWebview, _response, "connect_webview"),
        )

    @checked
    def list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.ConnectWebview]:
        """List Connect Webviews

        Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to [filter Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/filtering-connect-webviews-by-custom-metadata). Returns Connect Webviews with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key for which you want to list connect webviews.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned Connect Webviews to include all records that satisfy a partial match using `connect_webview_id`, `accepted_providers`, `custom_metadata`, or `customer_key`.
            user_identifier_key: Your user ID for the user by which you want to filter Connect Webviews.
        """
        _body: builtins.dict[str, Any] = {}
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/connect_webviews/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectWebview]",
            self._transport.parse(
                builtins.list[models.ConnectWebview], _response, "connect_webviews"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> Iterator[models.ConnectWebview]:
        """List Connect Webviews

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to [filter Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/filtering-connect-webviews-by-custom-metadata). Returns Connect Webviews with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key for which you want to list connect webviews.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned Connect Webviews to include all records that satisfy a partial match using `connect_webview_id`, `accepted_providers`, `custom_metadata`, or `customer_key`.
            user_identifier_key: Your user ID for the user by which you want to filter Connect Webviews.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if custom_metadata_has is not None:
                _body["custom_metadata_has"] = to_json(custom_metadata_has)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = self._transport.request(
                "POST",
                "/connect_webviews/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.ConnectWebview]",
                self._transport.parse(
                    builtins.list[models.ConnectWebview], _response, "connect_webviews"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return


class AsyncConnectWebviewsResource:
    """Operations on connect_webviews (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        accepted_capabilities: Sequence[models.AcceptedCapability | str] | None = None,
        accepted_providers: Sequence[models.AcceptedProvider | str] | None = None,
        automatically_manage_new_devices: bool | None = None,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        custom_redirect_failure_url: str | None = None,
        custom_redirect_url: str | None = None,
        customer_key: str | None = None,
        device_selection_mode: models.DeviceSelectionMode | str | None = None,
        excluded_providers: Sequence[str] | None = None,
        provider_category: models.ProviderCategory | str | None = None,
        wait_for_device_creation: bool | None = None,
    ) -> models.ConnectWebview:
        """Create a Connect Webview

        Creates a new [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        To enable a user to connect their devices or systems to Seam, they must sign in to their device or system account. To enable a user to sign in, you create a `connect_webview`. After creating the Connect Webview, you receive a URL that you can use to display the visual component of this Connect Webview for your user. You can open an iframe or new window to display the Connect Webview.

        You should make a new `connect_webview` for each unique login request. Each `connect_webview` tracks the user that signed in with it. You receive an error if you reuse a Connect Webview for the same user twice or if you use the same Connect Webview for multiple users.

        See also: [Connect Webview Process](https://docs.seam.co/core-concepts/connect-webviews/connect-webview-process).

        Args:
            accepted_capabilities: List of accepted device capabilities that restrict the types of devices that can be connected through the Connect Webview. If not provided, defaults will be determined based on the accepted providers.
            accepted_providers: Accepted device provider keys as an alternative to `provider_category`. Use this parameter to specify accepted providers explicitly. See [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews). To list all provider keys, use [`/devices/list_device_providers`](https://docs.seam.co/api/devices/list_device_providers) with no filters.
            automatically_manage_new_devices: Indicates whether newly-added devices should appear as [managed devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). See also: [Customize the Behavior Settings of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-behavior-settings-of-your-connect-webviews).
            custom_metadata: Custom metadata that you want to associate with the Connect Webview. Supports up to 50 JSON key:value pairs. [Adding custom metadata to a Connect Webview](https://docs.seam.co/core-concepts/connect-webviews/attaching-custom-data-to-the-connect-webview) enables you to store custom information, like customer details or internal IDs from your application. The custom metadata is then transferred to any [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) that were connected using the Connect Webview, making it easy to find and filter these resources in your [workspace](https://docs.seam.co/core-concepts/workspaces). You can also [filter Connect Webviews by custom metadata](https://docs.seam.co/core-concepts/connect-webviews/filtering-connect-webviews-by-custom-metadata).
            custom_redirect_failure_url: Alternative URL that you want to redirect the user to on an error. If you do not set this parameter, the Connect Webview falls back to the `custom_redirect_url`.
            custom_redirect_url: URL that you want to redirect the user to after the provider login is complete.
            customer_key: Associate the Connect Webview, the connected account, and all resources under the connected account with a customer. If the connected account already exists, it will be associated with the customer. If the connected account already exists, but is already associated with a customer, the Connect Webview will show an error.
            device_selection_mode:
            excluded_providers: List of provider keys to exclude from the Connect Webview. These providers will not be shown when the user tries to connect an account.
            provider_category: Specifies the category of providers that you want to include. To list all providers within a category, use [`/devices/list_device_providers`](https://docs.seam.co/api/devices/list_device_providers) with the desired `provider_category` filter.
            wait_for_device_creation: Indicates whether Seam should finish syncing all devices in a newly-connected account before completing the associated Connect Webview. See also: [Customize the Behavior Settings of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-behavior-settings-of-your-connect-webviews).
        """
        _body: builtins.dict[str, Any] = {}
        if accepted_capabilities is not None:
            _body["accepted_capabilities"] = to_json(accepted_capabilities)
        if accepted_providers is not None:
            _body["accepted_providers"] = to_json(accepted_providers)
        if automatically_manage_new_devices is not None:
            _body["automatically_manage_new_devices"] = to_json(
                automatically_manage_new_devices
            )
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if custom_redirect_failure_url is not None:
            _body["custom_redirect_failure_url"] = to_json(custom_redirect_failure_url)
        if custom_redirect_url is not None:
            _body["custom_redirect_url"] = to_json(custom_redirect_url)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_selection_mode is not None:
            _body["device_selection_mode"] = to_json(device_selection_mode)
        if excluded_providers is not None:
            _body["excluded_providers"] = to_json(excluded_providers)
        if provider_category is not None:
            _body["provider_category"] = to_json(provider_category)
        if wait_for_device_creation is not None:
            _body["wait_for_device_creation"] = to_json(wait_for_device_creation)
        _response = await self._transport.request(
            "POST",
            "/connect_webviews/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectWebview",
            self._transport.parse(models.ConnectWebview, _response, "connect_webview"),
        )

    @checked
    async def delete(
        self,
        *,
        connect_webview_id: str,
    ) -> None:
        """Delete a Connect Webview

        Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        You do not need to delete a Connect Webview once a user completes it. Instead, you can simply ignore completed Connect Webviews.

        Args:
            connect_webview_id: ID of the Connect Webview that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        await self._transport.request(
            "POST",
            "/connect_webviews/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        connect_webview_id: str,
    ) -> models.ConnectWebview:
        """Get a Connect Webview

        Returns a specified [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        Unless you're using a `custom_redirect_url`, you should poll a newly-created `connect_webview` to find out if the user has signed in or to get details about what devices they've connected.

        Args:
            connect_webview_id: ID of the Connect Webview that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        _response = await self._transport.request(
            "POST",
            "/connect_webviews/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectWebview",
            self._transport.parse(models.ConnectWebview, _response, "connect_webview"),
        )

    @checked
    async def list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.ConnectWebview]:
        """List Connect Webviews

        Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to [filter Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/filtering-connect-webviews-by-custom-metadata). Returns Connect Webviews with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key for which you want to list connect webviews.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned Connect Webviews to include all records that satisfy a partial match using `connect_webview_id`, `accepted_providers`, `custom_metadata`, or `customer_key`.
            user_identifier_key: Your user ID for the user by which you want to filter Connect Webviews.
        """
        _body: builtins.dict[str, Any] = {}
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/connect_webviews/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectWebview]",
            self._transport.parse(
                builtins.list[models.ConnectWebview], _response, "connect_webviews"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> AsyncIterator[models.ConnectWebview]:
        """List Connect Webviews

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to [filter Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/filtering-connect-webviews-by-custom-metadata). Returns Connect Webviews with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key for which you want to list connect webviews.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned Connect Webviews to include all records that satisfy a partial match using `connect_webview_id`, `accepted_providers`, `custom_metadata`, or `customer_key`.
            user_identifier_key: Your user ID for the user by which you want to filter Connect Webviews.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if custom_metadata_has is not None:
                _body["custom_metadata_has"] = to_json(custom_metadata_has)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = await self._transport.request(
                "POST",
                "/connect_webviews/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.ConnectWebview]",
                self._transport.parse(
                    builtins.list[models.ConnectWebview], _response, "connect_webviews"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return
