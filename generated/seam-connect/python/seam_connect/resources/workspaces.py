"""The `workspaces` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, cast

from seam_connect import models
from seam_connect._base import (
    NOT_GIVEN,
    AsyncTransport,
    NotGiven,
    Transport,
    checked,
    to_json,
)


class WorkspacesCustomizationProfilesResource:
    """Operations on workspaces customization_profiles."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        customer_portal_theme: (
            models.CustomerPortalTheme | Mapping[str, Any] | None
        ) = None,
        message_overrides: Mapping[str, Mapping[str, str]] | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None = None,
        secondary_color: str | None = None,
    ) -> models.CustomizationProfile:
        """Update Customization Profile

        Updates the customization profile for the workspace.

        Args:
            customer_portal_theme:
            message_overrides:
            name:
            primary_color:
            secondary_color:
        """
        _body: builtins.dict[str, Any] = {}
        if customer_portal_theme is not None:
            _body["customer_portal_theme"] = to_json(customer_portal_theme)
        if message_overrides is not None:
            _body["message_overrides"] = to_json(message_overrides)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if primary_color is not None:
            _body["primary_color"] = to_json(primary_color)
        if secondary_color is not None:
            _body["secondary_color"] = to_json(secondary_color)
        _response = self._transport.request(
            "POST",
            "/workspaces/customization_profiles/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomizationProfile",
            self._transport.parse(
                models.CustomizationProfile, _response, "customization_profile"
            ),
        )

    @checked
    def get(
        self,
        *,
        customization_profile_id: str,
    ) -> models.CustomizationProfile:
        """Get Customization Profile

        Retrieves the customization profile for the workspace.

        Args:
            customization_profile_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["customization_profile_id"] = to_json(customization_profile_id)
        _response = self._transport.request(
            "POST",
            "/workspaces/customization_profiles/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomizationProfile",
            self._transport.parse(
                models.CustomizationProfile, _response, "customization_profile"
            ),
        )

    @checked
    def list(
        self,
        *,
        customer_key: str | None = None,
    ) -> builtins.list[models.CustomizationProfile]:
        """Get Customization Profile

        Retrieves the customization profile for the workspace.

        Args:
            customer_key: Customer key for which you want to list customization profiles.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/workspaces/customization_profiles/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.CustomizationProfile]",
            self._transport.parse(
                builtins.list[models.CustomizationProfile],
                _response,
                "customization_profiles",
            ),
        )

    @checked
    def update(
        self,
        *,
        customization_profile_id: str,
        customer_portal_theme: (
            models.WorkspacesCustomizationProfilesUpdateRequestCustomerPortalTheme
            | Mapping[str, Any]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        message_overrides: (
            Mapping[str, Mapping[str, str]] | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None = None,
        secondary_color: str | None = None,
    ) -> None:
        """Update Customization Profile

        Updates the customization profile for the workspace.

        Args:
            customization_profile_id:
            customer_portal_theme:
            message_overrides:
            name:
            primary_color:
            secondary_color:
        """
        _body: builtins.dict[str, Any] = {}
        _body["customization_profile_id"] = to_json(customization_profile_id)
        if not isinstance(customer_portal_theme, NotGiven):
            _body["customer_portal_theme"] = to_json(customer_portal_theme)
        if not isinstance(message_overrides, NotGiven):
            _body["message_overrides"] = to_json(message_overrides)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if primary_color is not None:
            _body["primary_color"] = to_json(primary_color)
        if secondary_color is not None:
            _body["secondary_color"] = to_json(secondary_color)
        self._transport.request(
            "POST",
            "/workspaces/customization_profiles/update",
            json=_body,
            authenticated=True,
        )

    @checked
    def upload_images(
        self,
    ) -> None:
        """Upload Customization Profile Logo

        Uploads a logo for the customization profile.
        """
        self._transport.request(
            "POST",
            "/workspaces/customization_profiles/upload_images",
            authenticated=True,
        )


class WorkspacesResource:
    """Operations on workspaces."""

    customization_profiles: WorkspacesCustomizationProfilesResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.customization_profiles = WorkspacesCustomizationProfilesResource(transport)

    @checked
    def create(
        self,
        *,
        name: str,
        company_name: str | None = None,
        connect_partner_name: str | None | NotGiven = NOT_GIVEN,
        connect_webview_customization: (
            models.WorkspacesCreateRequestConnectWebviewCustomization
            | Mapping[str, Any]
            | None
        ) = None,
        is_sandbox: bool | None = None,
        organization_id: str | None = None,
        webview_logo_shape: models.WebviewLogoShape | str | None = None,
        webview_primary_button_color: str | None = None,
        webview_primary_button_text_color: str | None = None,
        webview_success_message: str | None = None,
    ) -> models.Workspace:
        """Create a Workspace

        Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).

        Args:
            name: Name of the new workspace.
            company_name: Company name for the new workspace.
            connect_partner_name: Connect partner name for the new workspace.
            connect_webview_customization: [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) customizations for the new workspace. See also [Customize the Look and Feel of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-look-and-feel-of-your-connect-webviews).
            is_sandbox: Indicates whether the new workspace is a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
            organization_id: ID of the organization to associate with the new workspace.
            webview_logo_shape:
            webview_primary_button_color:
            webview_primary_button_text_color:
            webview_success_message:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if company_name is not None:
            _body["company_name"] = to_json(company_name)
        if not isinstance(connect_partner_name, NotGiven):
            _body["connect_partner_name"] = to_json(connect_partner_name)
        if connect_webview_customization is not None:
            _body["connect_webview_customization"] = to_json(
                connect_webview_customization
            )
        if is_sandbox is not None:
            _body["is_sandbox"] = to_json(is_sandbox)
        if organization_id is not None:
            _body["organization_id"] = to_json(organization_id)
        if webview_logo_shape is not None:
            _body["webview_logo_shape"] = to_json(webview_logo_shape)
        if webview_primary_button_color is not None:
            _body["webview_primary_button_color"] = to_json(
                webview_primary_button_color
            )
        if webview_primary_button_text_color is not None:
            _body["webview_primary_button_text_color"] = to_json(
                webview_primary_button_text_color
            )
        if webview_success_message is not None:
            _body["webview_success_message"] = to_json(webview_success_message)
        _response = self._transport.request(
            "POST",
            "/workspaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )

    @checked
    def find_anything(
        self,
        *,
        search: str,
    ) -> models.FindAnythingResponseBatch:
        """Find Resources

        Search for resources inside a workspace.

        Args:
            search:
        """
        _body: builtins.dict[str, Any] = {}
        _body["search"] = to_json(search)
        _response = self._transport.request(
            "POST",
            "/workspaces/find_anything",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.FindAnythingResponseBatch",
            self._transport.parse(models.FindAnythingResponseBatch, _response, "batch"),
        )

    @checked
    def get(
        self,
    ) -> models.Workspace:
        """Get a Workspace

        Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
        """
        _response = self._transport.request(
            "POST",
            "/workspaces/get",
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )

    @checked
    def list(
        self,
    ) -> builtins.list[models.Workspace]:
        """List Workspaces

        Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
        """
        _response = self._transport.request(
            "POST",
            "/workspaces/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Workspace]",
            self._transport.parse(
                builtins.list[models.Workspace], _response, "workspaces"
            ),
        )

    @checked
    def reset_sandbox(
        self,
    ) -> models.ActionAttempt:
        """Reset a Sandbox Workspace

        Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
        """
        _response = self._transport.request(
            "POST",
            "/workspaces/reset_sandbox",
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def update(
        self,
        *,
        connect_partner_name: str | None = None,
        connect_webview_customization: (
            models.WorkspacesUpdateRequestConnectWebviewCustomization
            | Mapping[str, Any]
            | None
        ) = None,
        is_publishable_key_auth_enabled: bool | None = None,
        is_suspended: bool | None = None,
        name: str | None = None,
        organization_id: str | None = None,
    ) -> None:
        """Update a Workspace

        Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.

        Args:
            connect_partner_name: Connect partner name for the workspace.
            connect_webview_customization: [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) customizations for the workspace. See also [Customize the Look and Feel of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-look-and-feel-of-your-connect-webviews).
            is_publishable_key_auth_enabled: Indicates whether publishable key authentication is enabled for this workspace.
            is_suspended: Indicates whether the workspace is suspended.
            name: Name of the workspace.
            organization_id: ID of the organization to assign the workspace to. The authenticated user must be the owner of the workspace and an admin of the target organization.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_partner_name is not None:
            _body["connect_partner_name"] = to_json(connect_partner_name)
        if connect_webview_customization is not None:
            _body["connect_webview_customization"] = to_json(
                connect_webview_customization
            )
        if is_publishable_key_auth_enabled is not None:
            _body["is_publishable_key_auth_enabled"] = to_json(
                is_publishable_key_auth_enabled
            )
        if is_suspended is not None:
            _body["is_suspended"] = to_json(is_suspended)
        if name is not None:
            _body["name"] = to_json(name)
        if organization_id is not None:
            _body["organization_id"] = to_json(organization_id)
        self._transport.request(
            "POST",
            "/workspaces/update",
            json=_body,
            authenticated=True,
        )


class AsyncWorkspacesCustomizationProfilesResource:
    """Operations on workspaces customization_profiles (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        customer_portal_theme: (
            models.CustomerPortalTheme | Mapping[str, Any] | None
        ) = None,
        message_overrides: Mapping[str, Mapping[str, str]] | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None = None,
        secondary_color: str | None = None,
    ) -> models.CustomizationProfile:
        """Update Customization Profile

        Updates the customization profile for the workspace.

        Args:
            customer_portal_theme:
            message_overrides:
            name:
            primary_color:
            secondary_color:
        """
        _body: builtins.dict[str, Any] = {}
        if customer_portal_theme is not None:
            _body["customer_portal_theme"] = to_json(customer_portal_theme)
        if message_overrides is not None:
            _body["message_overrides"] = to_json(message_overrides)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if primary_color is not None:
            _body["primary_color"] = to_json(primary_color)
        if secondary_color is not None:
            _body["secondary_color"] = to_json(secondary_color)
        _response = await self._transport.request(
            "POST",
            "/workspaces/customization_profiles/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomizationProfile",
            self._transport.parse(
                models.CustomizationProfile, _response, "customization_profile"
            ),
        )

    @checked
    async def get(
        self,
        *,
        customization_profile_id: str,
    ) -> models.CustomizationProfile:
        """Get Customization Profile

        Retrieves the customization profile for the workspace.

        Args:
            customization_profile_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["customization_profile_id"] = to_json(customization_profile_id)
        _response = await self._transport.request(
            "POST",
            "/workspaces/customization_profiles/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomizationProfile",
            self._transport.parse(
                models.CustomizationProfile, _response, "customization_profile"
            ),
        )

    @checked
    async def list(
        self,
        *,
        customer_key: str | None = None,
    ) -> builtins.list[models.CustomizationProfile]:
        """Get Customization Profile

        Retrieves the customization profile for the workspace.

        Args:
            customer_key: Customer key for which you want to list customization profiles.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/workspaces/customization_profiles/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.CustomizationProfile]",
            self._transport.parse(
                builtins.list[models.CustomizationProfile],
                _response,
                "customization_profiles",
            ),
        )

    @checked
    async def update(
        self,
        *,
        customization_profile_id: str,
        customer_portal_theme: (
            models.WorkspacesCustomizationProfilesUpdateRequestCustomerPortalTheme
            | Mapping[str, Any]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        message_overrides: (
            Mapping[str, Mapping[str, str]] | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None = None,
        secondary_color: str | None = None,
    ) -> None:
        """Update Customization Profile

        Updates the customization profile for the workspace.

        Args:
            customization_profile_id:
            customer_portal_theme:
            message_overrides:
            name:
            primary_color:
            secondary_color:
        """
        _body: builtins.dict[str, Any] = {}
        _body["customization_profile_id"] = to_json(customization_profile_id)
        if not isinstance(customer_portal_theme, NotGiven):
            _body["customer_portal_theme"] = to_json(customer_portal_theme)
        if not isinstance(message_overrides, NotGiven):
            _body["message_overrides"] = to_json(message_overrides)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if primary_color is not None:
            _body["primary_color"] = to_json(primary_color)
        if secondary_color is not None:
            _body["secondary_color"] = to_json(secondary_color)
        await self._transport.request(
            "POST",
            "/workspaces/customization_profiles/update",
            json=_body,
            authenticated=True,
        )

    @checked
    async def upload_images(
        self,
    ) -> None:
        """Upload Customization Profile Logo

        Uploads a logo for the customization profile.
        """
        await self._transport.request(
            "POST",
            "/workspaces/customization_profiles/upload_images",
            authenticated=True,
        )


class AsyncWorkspacesResource:
    """Operations on workspaces (awaitable)."""

    customization_profiles: AsyncWorkspacesCustomizationProfilesResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.customization_profiles = AsyncWorkspacesCustomizationProfilesResource(
            transport
        )

    @checked
    async def create(
        self,
        *,
        name: str,
        company_name: str | None = None,
        connect_partner_name: str | None | NotGiven = NOT_GIVEN,
        connect_webview_customization: (
            models.WorkspacesCreateRequestConnectWebviewCustomization
            | Mapping[str, Any]
            | None
        ) = None,
        is_sandbox: bool | None = None,
        organization_id: str | None = None,
        webview_logo_shape: models.WebviewLogoShape | str | None = None,
        webview_primary_button_color: str | None = None,
        webview_primary_button_text_color: str | None = None,
        webview_success_message: str | None = None,
    ) -> models.Workspace:
        """Create a Workspace

        Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).

        Args:
            name: Name of the new workspace.
            company_name: Company name for the new workspace.
            connect_partner_name: Connect partner name for the new workspace.
            connect_webview_customization: [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) customizations for the new workspace. See also [Customize the Look and Feel of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-look-and-feel-of-your-connect-webviews).
            is_sandbox: Indicates whether the new workspace is a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
            organization_id: ID of the organization to associate with the new workspace.
            webview_logo_shape:
            webview_primary_button_color:
            webview_primary_button_text_color:
            webview_success_message:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if company_name is not None:
            _body["company_name"] = to_json(company_name)
        if not isinstance(connect_partner_name, NotGiven):
            _body["connect_partner_name"] = to_json(connect_partner_name)
        if connect_webview_customization is not None:
            _body["connect_webview_customization"] = to_json(
                connect_webview_customization
            )
        if is_sandbox is not None:
            _body["is_sandbox"] = to_json(is_sandbox)
        if organization_id is not None:
            _body["organization_id"] = to_json(organization_id)
        if webview_logo_shape is not None:
            _body["webview_logo_shape"] = to_json(webview_logo_shape)
        if webview_primary_button_color is not None:
            _body["webview_primary_button_color"] = to_json(
                webview_primary_button_color
            )
        if webview_primary_button_text_color is not None:
            _body["webview_primary_button_text_color"] = to_json(
                webview_primary_button_text_color
            )
        if webview_success_message is not None:
            _body["webview_success_message"] = to_json(webview_success_message)
        _response = await self._transport.request(
            "POST",
            "/workspaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )

    @checked
    async def find_anything(
        self,
        *,
        search: str,
    ) -> models.FindAnythingResponseBatch:
        """Find Resources

        Search for resources inside a workspace.

        Args:
            search:
        """
        _body: builtins.dict[str, Any] = {}
        _body["search"] = to_json(search)
        _response = await self._transport.request(
            "POST",
            "/workspaces/find_anything",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.FindAnythingResponseBatch",
            self._transport.parse(models.FindAnythingResponseBatch, _response, "batch"),
        )

    @checked
    async def get(
        self,
    ) -> models.Workspace:
        """Get a Workspace

        Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
        """
        _response = await self._transport.request(
            "POST",
            "/workspaces/get",
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )

    @checked
    async def list(
        self,
    ) -> builtins.list[models.Workspace]:
        """List Workspaces

        Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
        """
        _response = await self._transport.request(
            "POST",
            "/workspaces/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Workspace]",
            self._transport.parse(
                builtins.list[models.Workspace], _response, "workspaces"
            ),
        )

    @checked
    async def reset_sandbox(
        self,
    ) -> models.ActionAttempt:
        """Reset a Sandbox Workspace

        Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
        """
        _response = await self._transport.request(
            "POST",
            "/workspaces/reset_sandbox",
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def update(
        self,
        *,
        connect_partner_name: str | None = None,
        connect_webview_customization: (
            models.WorkspacesUpdateRequestConnectWebviewCustomization
            | Mapping[str, Any]
            | None
        ) = None,
        is_publishable_key_auth_enabled: bool | None = None,
        is_suspended: bool | None = None,
        name: str | None = None,
        organization_id: str | None = None,
    ) -> None:
        """Update a Workspace

        Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.

        Args:
            connect_partner_name: Connect partner name for the workspace.
            connect_webview_customization: [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) customizations for the workspace. See also [Customize the Look and Feel of Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-look-and-feel-of-your-connect-webviews).
            is_publishable_key_auth_enabled: Indicates whether publishable key authentication is enabled for this workspace.
            is_suspended: Indicates whether the workspace is suspended.
            name: Name of the workspace.
            organization_id: ID of the organization to assign the workspace to. The authenticated user must be the owner of the workspace and an admin of the target organization.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_partner_name is not None:
            _body["connect_partner_name"] = to_json(connect_partner_name)
        if connect_webview_customization is not None:
            _body["connect_webview_customization"] = to_json(
                connect_webview_customization
            )
        if is_publishable_key_auth_enabled is not None:
            _body["is_publishable_key_auth_enabled"] = to_json(
                is_publishable_key_auth_enabled
            )
        if is_suspended is not None:
            _body["is_suspended"] = to_json(is_suspended)
        if name is not None:
            _body["name"] = to_json(name)
        if organization_id is not None:
            _body["organization_id"] = to_json(organization_id)
        await self._transport.request(
            "POST",
            "/workspaces/update",
            json=_body,
            authenticated=True,
        )
