"""The `seam` resource group, synchronous and asynchronous. Generated; do not edit."""

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


class SeamBridgeV1BridgeClientSessionsResource:
    """Operations on seam bridge v1 bridge_client_sessions."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        bridge_client_machine_identifier_key: str,
        bridge_client_name: str,
        bridge_client_time_zone: str,
    ) -> models.BridgeClientSession:
        """Create a Bridge Client Session

        Creates a new [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.

        Args:
            bridge_client_machine_identifier_key: Identifier key of the client machine for the Seam Bridge client that you want to create.
            bridge_client_name: Name of the Seam Bridge client that you want to create.
            bridge_client_time_zone: Time zone for the Seam Bridge client that you want to create.
        """
        _body: builtins.dict[str, Any] = {}
        _body["bridge_client_machine_identifier_key"] = to_json(
            bridge_client_machine_identifier_key
        )
        _body["bridge_client_name"] = to_json(bridge_client_name)
        _body["bridge_client_time_zone"] = to_json(bridge_client_time_zone)
        _response = self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    def get(
        self,
    ) -> models.BridgeClientSession:
        """Get a Seam Bridge Client Session

        Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
        """
        _response = self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/get",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    def refresh_tailscale_auth_key(
        self,
    ) -> models.BridgeClientSession:
        """Refresh the Tailscale Auth Key for a Seam Bridge Client Session

        Refreshes the Tailscale auth key for the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
        """
        _response = self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    def refresh_telemetry_token(
        self,
    ) -> models.BridgeClientSession:
        """Refresh the Telemetry Token for a Seam Bridge Client Session

        Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication and refreshed telemetry token.
        """
        _response = self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    def regenerate_pairing_code(
        self,
    ) -> models.BridgeClientSession:
        """Regenerate a Seam Bridge Client Session Pairing Code

        Generate a new pairing code and return the updated [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
        """
        _response = self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    def report_status(
        self,
        *,
        is_tailscale_connected: bool | None,
        tailscale_ip_v4: str | None,
    ) -> None:
        """Report the Status of a Seam Bridge Client

        Report the status of a [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client.

        Args:
            is_tailscale_connected: Indicates whether Tailscale is connected.
            tailscale_ip_v4: Tailscale IPv4 address.
        """
        _body: builtins.dict[str, Any] = {}
        _body["is_tailscale_connected"] = to_json(is_tailscale_connected)
        _body["tailscale_ip_v4"] = to_json(tailscale_ip_v4)
        self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/report_status",
            json=_body,
            authenticated=True,
        )


class SeamBridgeV1BridgeConnectedSystemsResource:
    """Operations on seam bridge v1 bridge_connected_systems."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
    ) -> builtins.list[models.BridgeConnectedSystems]:
        """List Bridge-Connected Systems

        Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge)-connected systems associated with the client session token used for authentication.
        """
        _response = self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_connected_systems/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.BridgeConnectedSystems]",
            self._transport.parse(
                builtins.list[models.BridgeConnectedSystems],
                _response,
                "bridge_connected_systems",
            ),
        )


class SeamBridgeV1Resource:
    """Operations on seam bridge v1."""

    bridge_client_sessions: SeamBridgeV1BridgeClientSessionsResource
    bridge_connected_systems: SeamBridgeV1BridgeConnectedSystemsResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.bridge_client_sessions = SeamBridgeV1BridgeClientSessionsResource(
            transport
        )
        self.bridge_connected_systems = SeamBridgeV1BridgeConnectedSystemsResource(
            transport
        )


class SeamBridgeResource:
    """Operations on seam bridge."""

    v1: SeamBridgeV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamBridgeV1Resource(transport)


class SeamConnectWebviewV1Resource:
    """Operations on seam connect_webview v1."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get_current_pane(
        self,
        *,
        connect_webview_id: str,
    ) -> models.AccessCode | None:
        """Get Current Pane

        Returns the current render pane for a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        Args:
            connect_webview_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        _response = self._transport.request(
            "POST",
            "/seam/connect_webview/v1/get_current_pane",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode | None",
            self._transport.parse(
                models.AccessCode | None, _response, "pane", key_optional=True
            ),
        )

    @checked
    def reset(
        self,
        *,
        connect_webview_id: str,
    ) -> bool:
        """Reset Connect Webview

        Resets an errored [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) so its login flow can be retried.

        Args:
            connect_webview_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        _response = self._transport.request(
            "POST",
            "/seam/connect_webview/v1/reset",
            json=_body,
            authenticated=True,
        )
        return cast(
            "bool",
            self._transport.parse(bool, _response, "ok"),
        )

    @checked
    def submit(
        self,
        *,
        connect_webview_id: str,
        submit_args: Any | None = None,
    ) -> bool:
        """Submit Connect Webview Pane

        Submits pane arguments to advance a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) login state machine.

        Args:
            connect_webview_id:
            submit_args:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        if submit_args is not None:
            _body["submit_args"] = to_json(submit_args)
        _response = self._transport.request(
            "POST",
            "/seam/connect_webview/v1/submit",
            json=_body,
            authenticated=True,
        )
        return cast(
            "bool",
            self._transport.parse(bool, _response, "ok"),
        )


class SeamConnectWebviewResource:
    """Operations on seam connect_webview."""

    v1: SeamConnectWebviewV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamConnectWebviewV1Resource(transport)


class SeamConsoleV1LynxMigrationResource:
    """Operations on seam console v1 lynx_migration."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get_property_migration_status(
        self,
        *,
        space_id: str,
    ) -> models.LynxMigrationPropertyRun | None:
        """Get Lynx Migration Property Status

        Returns the most recent Lynx cutover run for a property (space), including a
        rollup of its per-reservation child runs by status. Returns a null run when the
        property has never been migrated.

        Args:
            space_id: ID of the space (property) to get the migration status for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/get_property_migration_status",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.LynxMigrationPropertyRun | None",
            self._transport.parse(
                models.LynxMigrationPropertyRun | None,
                _response,
                "lynx_migration_property_run",
            ),
        )

    @checked
    def get_reservation_migration_status(
        self,
        *,
        access_grant_id: str,
    ) -> models.LynxMigrationReservationRun | None:
        """Get Lynx Migration Reservation Status

        Returns the most recent per-reservation Lynx cutover run for an access grant.
        Returns a null run when the reservation has never been migrated. Keyed by
        access_grant_id — a successful cutover deletes the access grant, but the run
        record outlives it, so status remains available after the migration completes.

        Includes the codes the cutover deleted (snapshotted before deletion, so the
        history survives the hard-delete) and each connected-account sync it requested.

        Args:
            access_grant_id: ID of the access grant (reservation) to get the migration status for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/get_reservation_migration_status",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.LynxMigrationReservationRun | None",
            self._transport.parse(
                models.LynxMigrationReservationRun | None,
                _response,
                "lynx_migration_reservation_run",
            ),
        )

    @checked
    def list_property_reservations(
        self,
        *,
        space_id: str,
    ) -> models.LynxMigrationPropertyPlan:
        """List Lynx Migration Property Reservations

        Lists the reservations in a property (space) and classifies each for a Lynx
        cutover: which are eligible to migrate to Seam-managed access, and which are
        skipped (with a reason). Read-only — does not start a migration.

        Args:
            space_id: ID of the space (property) to plan a Lynx migration for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/list_property_reservations",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.LynxMigrationPropertyPlan",
            self._transport.parse(
                models.LynxMigrationPropertyPlan,
                _response,
                "lynx_migration_property_plan",
            ),
        )

    @checked
    def migrate_property(
        self,
        *,
        space_id: str,
    ) -> models.MigratePropertyResponseLynxMigrationPropertyRun:
        """Migrate a Property to Seam-Managed Access

        Starts a Lynx cutover for a property (space): schedules a background task that
        plans the eligible reservations and migrates them to Seam-managed access a
        bounded number at a time. Idempotent — if a migration is already running for
        the property, returns that run with `already_running: true`. Poll
        `/seam/console/v1/lynx_migration/get_property_migration_status` for progress.

        Args:
            space_id: ID of the space (property) to migrate.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/migrate_property",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MigratePropertyResponseLynxMigrationPropertyRun",
            self._transport.parse(
                models.MigratePropertyResponseLynxMigrationPropertyRun,
                _response,
                "lynx_migration_property_run",
            ),
        )


class SeamConsoleV1OrganizationsCustomizationProfilesResource:
    """Operations on seam console v1 organizations customization_profiles."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def copy(
        self,
        *,
        destination_workspace_id: str,
        source_customization_profile_id: str,
        source_workspace_id: str,
        destination_customization_profile_id: str | None = None,
    ) -> models.CustomizationProfile:
        """Copy a Customization Profile

        Copies a customization profile to an organization.

        Args:
            destination_workspace_id:
            source_customization_profile_id:
            source_workspace_id:
            destination_customization_profile_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["destination_workspace_id"] = to_json(destination_workspace_id)
        _body["source_customization_profile_id"] = to_json(
            source_customization_profile_id
        )
        _body["source_workspace_id"] = to_json(source_workspace_id)
        if destination_customization_profile_id is not None:
            _body["destination_customization_profile_id"] = to_json(
                destination_customization_profile_id
            )
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/customization_profiles/copy",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomizationProfile",
            self._transport.parse(
                models.CustomizationProfile, _response, "customization_profile"
            ),
        )


class SeamConsoleV1OrganizationsInvitationsResource:
    """Operations on seam console v1 organizations invitations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def revoke(
        self,
        *,
        organization_invitation_id: str,
    ) -> models.OrganizationInvitation:
        """Revoke an Organization Invitation

        Revokes an organization invitation.

        Args:
            organization_invitation_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_invitation_id"] = to_json(organization_invitation_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/invitations/revoke",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.OrganizationInvitation",
            self._transport.parse(
                models.OrganizationInvitation, _response, "organization_invitation"
            ),
        )


class SeamConsoleV1OrganizationsMembersWorkspacesResource:
    """Operations on seam console v1 organizations members workspaces."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def grant(
        self,
        *,
        organization_id: str,
        user_id: str,
        workspace_id: str,
    ) -> None:
        """Grant an Organization Member Workspace Access

        Grants an organization member access to a workspace.

        Args:
            organization_id:
            user_id:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        _body["workspace_id"] = to_json(workspace_id)
        self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/workspaces/grant",
            json=_body,
            authenticated=True,
        )

    @checked
    def list(
        self,
        *,
        organization_id: str,
        user_id: str,
    ) -> builtins.list[
        models.SeamConsoleV1OrganizationsMembersWorkspacesListResponseWorkspace
    ]:
        """List an Organization Member's Workspaces

        Returns the workspaces an organization member can access.

        Args:
            organization_id:
            user_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/workspaces/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamConsoleV1OrganizationsMembersWorkspacesListResponseWorkspace]",
            self._transport.parse(
                builtins.list[
                    models.SeamConsoleV1OrganizationsMembersWorkspacesListResponseWorkspace
                ],
                _response,
                "workspaces",
            ),
        )

    @checked
    def revoke(
        self,
        *,
        organization_id: str,
        user_id: str,
        workspace_id: str,
    ) -> None:
        """Revoke an Organization Member's Workspace Access

        Revokes an organization member's access to a workspace.

        Args:
            organization_id:
            user_id:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        _body["workspace_id"] = to_json(workspace_id)
        self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/workspaces/revoke",
            json=_body,
            authenticated=True,
        )


class SeamConsoleV1OrganizationsMembersResource:
    """Operations on seam console v1 organizations members."""

    workspaces: SeamConsoleV1OrganizationsMembersWorkspacesResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.workspaces = SeamConsoleV1OrganizationsMembersWorkspacesResource(transport)

    @checked
    def add(
        self,
        *,
        email: str,
        organization_id: str,
        role: models.Role | str | None = None,
    ) -> None:
        """Add an Organization Member

        Adds a member to an organization, inviting them by email if needed.

        Args:
            email:
            organization_id:
            role:
        """
        _body: builtins.dict[str, Any] = {}
        _body["email"] = to_json(email)
        _body["organization_id"] = to_json(organization_id)
        if role is not None:
            _body["role"] = to_json(role)
        self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/add",
            json=_body,
            authenticated=True,
        )

    @checked
    def remove(
        self,
        *,
        organization_id: str,
        user_id: str,
    ) -> None:
        """Remove an Organization Member

        Removes a member from an organization.

        Args:
            organization_id:
            user_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/remove",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        organization_id: str,
        role: models.Role | str,
        user_id: str,
    ) -> models.OrganizationMember:
        """Update an Organization Member

        Updates a member of an organization.

        Args:
            organization_id:
            role:
            user_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["role"] = to_json(role)
        _body["user_id"] = to_json(user_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.OrganizationMember",
            self._transport.parse(
                models.OrganizationMember, _response, "organization_member"
            ),
        )


class SeamConsoleV1OrganizationsWorkspacesResource:
    """Operations on seam console v1 organizations workspaces."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        name: str,
        organization_id: str,
        is_sandbox: bool | None = None,
    ) -> models.Workspace:
        """Create an Organization Workspace

        Creates a workspace in an organization.

        Args:
            name:
            organization_id:
            is_sandbox:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        _body["organization_id"] = to_json(organization_id)
        if is_sandbox is not None:
            _body["is_sandbox"] = to_json(is_sandbox)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/workspaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )

    @checked
    def remove(
        self,
        *,
        workspace_id: str,
    ) -> None:
        """Remove an Organization Workspace

        Removes a workspace from an organization.

        Args:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["workspace_id"] = to_json(workspace_id)
        self._transport.request(
            "POST",
            "/seam/console/v1/organizations/workspaces/remove",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        name: str,
        workspace_id: str,
    ) -> models.Workspace:
        """Update an Organization Workspace

        Updates a workspace in an organization.

        Args:
            name:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        _body["workspace_id"] = to_json(workspace_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/workspaces/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )


class SeamConsoleV1OrganizationsResource:
    """Operations on seam console v1 organizations."""

    customization_profiles: SeamConsoleV1OrganizationsCustomizationProfilesResource
    invitations: SeamConsoleV1OrganizationsInvitationsResource
    members: SeamConsoleV1OrganizationsMembersResource
    workspaces: SeamConsoleV1OrganizationsWorkspacesResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.customization_profiles = (
            SeamConsoleV1OrganizationsCustomizationProfilesResource(transport)
        )
        self.invitations = SeamConsoleV1OrganizationsInvitationsResource(transport)
        self.members = SeamConsoleV1OrganizationsMembersResource(transport)
        self.workspaces = SeamConsoleV1OrganizationsWorkspacesResource(transport)

    @checked
    def create(
        self,
        *,
        name: str,
        logo_image_base64: str | None = None,
    ) -> models.Organization:
        """Create an Organization

        Creates an organization.

        Args:
            name:
            logo_image_base64:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if logo_image_base64 is not None:
            _body["logo_image_base64"] = to_json(logo_image_base64)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    def delete(
        self,
        *,
        organization_id: str,
    ) -> models.Organization:
        """Delete an Organization

        Deletes an organization.

        Args:
            organization_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/delete",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    def get(
        self,
        *,
        organization_id: str,
    ) -> models.Organization:
        """Get an Organization

        Returns a specified organization.

        Args:
            organization_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    def list(
        self,
    ) -> builtins.list[models.SeamConsoleV1OrganizationsListResponseOrganization]:
        """List Organizations

        Returns a list of organizations.
        """
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamConsoleV1OrganizationsListResponseOrganization]",
            self._transport.parse(
                builtins.list[
                    models.SeamConsoleV1OrganizationsListResponseOrganization
                ],
                _response,
                "organizations",
            ),
        )

    @checked
    def update(
        self,
        *,
        organization_id: str,
        connect_webview_customization: (
            models.SeamConsoleV1OrganizationsUpdateRequestConnectWebviewCustomization
            | Mapping[str, Any]
            | None
        ) = None,
        logo_image_base64: str | None | NotGiven = NOT_GIVEN,
        name: str | None = None,
    ) -> models.Organization:
        """Update an Organization

        Updates an organization.

        Args:
            organization_id:
            connect_webview_customization:
            logo_image_base64:
            name:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        if connect_webview_customization is not None:
            _body["connect_webview_customization"] = to_json(
                connect_webview_customization
            )
        if not isinstance(logo_image_base64, NotGiven):
            _body["logo_image_base64"] = to_json(logo_image_base64)
        if name is not None:
            _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    def upload_logo(
        self,
    ) -> models.Organization:
        """Upload an Organization Logo

        Uploads a logo image for an organization.
        """
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/organizations/upload_logo",
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )


class SeamConsoleV1SitesResource:
    """Operations on seam console v1 sites."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        name: str,
        site_key: str | None = None,
    ) -> models.Space:
        """Create a Site

        Creates a new site, a top-level space in the property hierarchy.

        Args:
            name: Name of the site that you want to create.
            site_key: Unique key for the site within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if site_key is not None:
            _body["site_key"] = to_json(site_key)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/sites/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "site"),
        )

    @checked
    def delete(
        self,
        *,
        site_id: str,
    ) -> None:
        """Delete a Site

        Deletes a site.

        Args:
            site_id: ID of the site that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["site_id"] = to_json(site_id)
        self._transport.request(
            "POST",
            "/seam/console/v1/sites/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def list(
        self,
        *,
        search: str | None = None,
    ) -> builtins.list[models.Space]:
        """List Sites

        Lists sites (top-level spaces) in the workspace.

        Args:
            search: String for which to search. Filters sites to those with a partial match on `name` or `site_key`.
        """
        _body: builtins.dict[str, Any] = {}
        if search is not None:
            _body["search"] = to_json(search)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/sites/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Space]",
            self._transport.parse(builtins.list[models.Space], _response, "sites"),
        )

    @checked
    def update(
        self,
        *,
        site_id: str,
        name: str | None = None,
        site_key: str | None = None,
    ) -> models.Space:
        """Update a Site

        Updates an existing site.

        Args:
            site_id: ID of the site that you want to update.
            name: New name for the site.
            site_key: New unique key for the site within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["site_id"] = to_json(site_id)
        if name is not None:
            _body["name"] = to_json(name)
        if site_key is not None:
            _body["site_key"] = to_json(site_key)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/sites/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "site"),
        )


class SeamConsoleV1TimelinesResource:
    """Operations on seam console v1 timelines."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        resource_id: str,
        context_type: models.ContextType | str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        created_between: Any | None = None,
        entry_types: Sequence[models.EntryType | str] | None = None,
        limit: int | None = None,
        page_cursor: str | None = None,
    ) -> models.Timeline:
        """Get Timeline Entries

        Returns timeline entries for a resource and its child resources, grouped by entry groups.

        Args:
            resource_id: ID of the resource to get timelines for.
            context_type: Filter timeline entries by context type. 'request' for API requests, 'job' for background jobs.
            created_after: Timestamp by which to limit returned timeline entries. Returns entries created after this timestamp.
            created_before: Timestamp by which to limit returned timeline entries. Returns entries created before this timestamp.
            created_between: Time range to filter timeline entries. Returns entries created between the two timestamps [start, end].
            entry_types: Filter timeline entries by entry type. If not specified, all entry types are returned.
            limit: Maximum number of timeline entry groups to return per page. Maximum 100.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["resource_id"] = to_json(resource_id)
        if context_type is not None:
            _body["context_type"] = to_json(context_type)
        if created_after is not None:
            _body["created_after"] = to_json(created_after)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if created_between is not None:
            _body["created_between"] = to_json(created_between)
        if entry_types is not None:
            _body["entry_types"] = to_json(entry_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if page_cursor is not None:
            _body["page_cursor"] = to_json(page_cursor)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/timelines/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Timeline",
            self._transport.parse(models.Timeline, _response, "timeline"),
        )


class SeamConsoleV1WorkspaceFeatureFlagsResource:
    """Operations on seam console v1 workspace feature_flags."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
    ) -> builtins.dict[str, bool]:
        """List

        Lists workspace feature flags.
        """
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/workspace/feature_flags/list",
            authenticated=True,
        )
        return cast(
            "builtins.dict[str, bool]",
            self._transport.parse(builtins.dict[str, bool], _response, "feature_flags"),
        )

    @checked
    def update(
        self,
        *,
        enabled: bool,
        feature_flag_name: models.FeatureFlagName | str,
    ) -> models.FeatureFlag:
        """Update

        Enables or disables a per-workspace feature flag (e.g. whether the Lynx
        migration is enabled for the workspace). Only flags in the workspace-toggleable
        set can be updated.

        Args:
            enabled: Whether the feature flag should be enabled for the workspace.
            feature_flag_name: Name of the workspace feature flag to update.
        """
        _body: builtins.dict[str, Any] = {}
        _body["enabled"] = to_json(enabled)
        _body["feature_flag_name"] = to_json(feature_flag_name)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/workspace/feature_flags/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.FeatureFlag",
            self._transport.parse(models.FeatureFlag, _response, "feature_flag"),
        )


class SeamConsoleV1WorkspaceResource:
    """Operations on seam console v1 workspace."""

    feature_flags: SeamConsoleV1WorkspaceFeatureFlagsResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.feature_flags = SeamConsoleV1WorkspaceFeatureFlagsResource(transport)


class SeamConsoleV1Resource:
    """Operations on seam console v1."""

    lynx_migration: SeamConsoleV1LynxMigrationResource
    organizations: SeamConsoleV1OrganizationsResource
    sites: SeamConsoleV1SitesResource
    timelines: SeamConsoleV1TimelinesResource
    workspace: SeamConsoleV1WorkspaceResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.lynx_migration = SeamConsoleV1LynxMigrationResource(transport)
        self.organizations = SeamConsoleV1OrganizationsResource(transport)
        self.sites = SeamConsoleV1SitesResource(transport)
        self.timelines = SeamConsoleV1TimelinesResource(transport)
        self.workspace = SeamConsoleV1WorkspaceResource(transport)

    @checked
    def get_resource_locator(
        self,
        *,
        uuid: str,
    ) -> models.ResourceLocator:
        """Get Resource Locator

        Returns the type and system information of a resource given its UUID.

        Args:
            uuid:
        """
        _query: builtins.dict[str, Any] = {}
        _query["uuid"] = to_json(uuid)
        _response = self._transport.request(
            "POST",
            "/seam/console/v1/get_resource_locator",
            query=_query,
            authenticated=True,
        )
        return cast(
            "models.ResourceLocator",
            self._transport.parse(
                models.ResourceLocator, _response, "resource_locator"
            ),
        )


class SeamConsoleResource:
    """Operations on seam console."""

    v1: SeamConsoleV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamConsoleV1Resource(transport)


class SeamCustomerV1AccessGrantsResource:
    """Operations on seam customer v1 access_grants."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.AccessGrant]:
        """List Access Grants (Other Access)

        Gets an Access Grant.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/access_grants/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrant], _response, "access_grants"
            ),
        )

    @checked
    def update(
        self,
        *,
        access_grant_id: str,
        space_ids: Sequence[str],
    ) -> None:
        """Update Access Grant Spaces

        Updates the spaces (locations) associated with an Access Grant.

        Args:
            access_grant_id: ID of the Access Grant to update.
            space_ids: Array of location IDs to associate with the access grant.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _body["space_ids"] = to_json(space_ids)
        self._transport.request(
            "POST",
            "/seam/customer/v1/access_grants/update",
            json=_body,
            authenticated=True,
        )


class SeamCustomerV1AccessMethodsResource:
    """Operations on seam customer v1 access_methods."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def encode(
        self,
        *,
        access_method_id: str,
        acs_encoder_id: str,
    ) -> models.ActionAttempt:
        """Encode an Access Method

        Encodes an existing access method onto a plastic card placed on the specified encoder.
        This endpoint is intended for use within embedded customer portals, such as deep links
        for reservation management.

        Args:
            access_method_id: ID of the access method to encode onto a card.
            acs_encoder_id: ID of the encoder to use for encoding the access method.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/access_methods/encode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class SeamCustomerV1AutomationRunsResource:
    """Operations on seam customer v1 automation_runs."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        automation_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        partner_resource_id: str | None = None,
        rule: models.Rule | str | None = None,
        success: bool | None = None,
    ) -> builtins.list[models.AutomationRun]:
        """List Automation Runs

        Returns a list of all automation runs for a workspace or customer.

        Args:
            automation_id: ID of the automation for which you want to retrieve all automation runs.
            created_before: Timestamp by which to limit returned automation runs. Returns runs created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            partner_resource_id: ID of the partner resource for which you want to retrieve all automation runs.
            rule: Filter automation runs by the specific rule that was executed.
            success: Filter automation runs by success status.
        """
        _body: builtins.dict[str, Any] = {}
        if automation_id is not None:
            _body["automation_id"] = to_json(automation_id)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if partner_resource_id is not None:
            _body["partner_resource_id"] = to_json(partner_resource_id)
        if rule is not None:
            _body["rule"] = to_json(rule)
        if success is not None:
            _body["success"] = to_json(success)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/automation_runs/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AutomationRun]",
            self._transport.parse(
                builtins.list[models.AutomationRun], _response, "automation_runs"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        automation_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        partner_resource_id: str | None = None,
        rule: models.Rule | str | None = None,
        success: bool | None = None,
    ) -> Iterator[models.AutomationRun]:
        """List Automation Runs

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all automation runs for a workspace or customer.

        Args:
            automation_id: ID of the automation for which you want to retrieve all automation runs.
            created_before: Timestamp by which to limit returned automation runs. Returns runs created before this timestamp.
            limit: Maximum number of records to return per page.
            partner_resource_id: ID of the partner resource for which you want to retrieve all automation runs.
            rule: Filter automation runs by the specific rule that was executed.
            success: Filter automation runs by success status.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if automation_id is not None:
                _body["automation_id"] = to_json(automation_id)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if partner_resource_id is not None:
                _body["partner_resource_id"] = to_json(partner_resource_id)
            if rule is not None:
                _body["rule"] = to_json(rule)
            if success is not None:
                _body["success"] = to_json(success)
            _response = self._transport.request(
                "POST",
                "/seam/customer/v1/automation_runs/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AutomationRun]",
                self._transport.parse(
                    builtins.list[models.AutomationRun], _response, "automation_runs"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return


class SeamCustomerV1AutomationsResource:
    """Operations on seam customer v1 automations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def delete(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Customer Portal Automation Configuration

        Deletes the automation configuration for a customer portal workspace.
        Supports both console session and customer client session authentication.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/seam/customer/v1/automations/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        customer_key: str | None = None,
    ) -> None:
        """Get Customer Portal Automation Configuration

        Gets the current automation configuration for a customer portal workspace.
        When customer_key is provided, returns customer-specific config if available,
        otherwise falls back to workspace-level config.

        Args:
            customer_key: Key of the customer to get automation config for.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        self._transport.request(
            "POST",
            "/seam/customer/v1/automations/get",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        access_rules: (
            models.SeamCustomerV1AutomationsUpdateRequestAccessRules
            | Mapping[str, Any]
            | None
        ) = None,
        climate_rules: (
            models.SeamCustomerV1AutomationsUpdateRequestClimateRules
            | Mapping[str, Any]
            | None
        ) = None,
        customer_key: str | None = None,
    ) -> None:
        """Update Customer Portal Automation Configuration

        Updates the automation configuration for a customer portal workspace.

        Args:
            access_rules: Access automation rules configuration.
            climate_rules: Climate automation rules configuration.
            customer_key: Key of the customer to update automation config for.
        """
        _body: builtins.dict[str, Any] = {}
        if access_rules is not None:
            _body["access_rules"] = to_json(access_rules)
        if climate_rules is not None:
            _body["climate_rules"] = to_json(climate_rules)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        self._transport.request(
            "POST",
            "/seam/customer/v1/automations/update",
            json=_body,
            authenticated=True,
        )


class SeamCustomerV1ConnectorCustomersResource:
    """Operations on seam customer v1 connector_customers."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        connector_id: str | None = None,
    ) -> builtins.list[models.ConnectorCustomer]:
        """List Connector Customers

        Lists connector customers for a given connector.

        Args:
            connector_id: ID of the connector.
        """
        _body: builtins.dict[str, Any] = {}
        if connector_id is not None:
            _body["connector_id"] = to_json(connector_id)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connector_customers/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectorCustomer]",
            self._transport.parse(
                builtins.list[models.ConnectorCustomer],
                _response,
                "connector_customers",
            ),
        )


class SeamCustomerV1ConnectorsExternalSitesResource:
    """Operations on seam customer v1 connectors external_sites."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        connected_account_id: str,
    ) -> builtins.list[models.ExternalSite]:
        """List External Sites for a Connected Account

        Lists sites/properties available from the external system for a given connected account by calling the connector's live API.

        Args:
            connected_account_id: ID of the connected account to list external sites for
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/external_sites/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ExternalSite]",
            self._transport.parse(
                builtins.list[models.ExternalSite], _response, "external_sites"
            ),
        )


class SeamCustomerV1ConnectorsIcalResource:
    """Operations on seam customer v1 connectors ical."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def validate_config(
        self,
        *,
        ical_config: models.IcalConfig | Mapping[str, Any],
        ical_url: str,
    ) -> models.ValidationResult:
        """Validate iCal Config

        Fetches a sample iCal feed and validates the config against it,
        returning the parsed reservations so the caller can verify
        extraction is correct.

        Args:
            ical_config: Config to validate
            ical_url: iCal feed URL to validate against
        """
        _body: builtins.dict[str, Any] = {}
        _body["ical_config"] = to_json(ical_config)
        _body["ical_url"] = to_json(ical_url)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/ical/validate-config",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ValidationResult",
            self._transport.parse(
                models.ValidationResult, _response, "validation_result"
            ),
        )


class SeamCustomerV1ConnectorsResource:
    """Operations on seam customer v1 connectors."""

    external_sites: SeamCustomerV1ConnectorsExternalSitesResource
    ical: SeamCustomerV1ConnectorsIcalResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.external_sites = SeamCustomerV1ConnectorsExternalSitesResource(transport)
        self.ical = SeamCustomerV1ConnectorsIcalResource(transport)

    @checked
    def authorize(
        self,
        *,
        slug: str,
        connector_name: str | None = None,
    ) -> models.ConnectorAuthorize:
        """Get OAuth Authorization URL for Global Connector

        Returns the OAuth authorization URL for a global connector.
        This endpoint only works for global connectors (connectors that support multiple customers).

        Args:
            slug: Workspace slug
            connector_name: Connector name/type. If not provided, workspace_slug will be used as connector_name
        """
        _body: builtins.dict[str, Any] = {}
        _body["slug"] = to_json(slug)
        if connector_name is not None:
            _body["connector_name"] = to_json(connector_name)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/authorize",
            json=_body,
            authenticated=False,
        )
        return cast(
            "models.ConnectorAuthorize",
            self._transport.parse(
                models.ConnectorAuthorize, _response, "connector_authorize"
            ),
        )

    @checked
    def connector_types(
        self,
    ) -> builtins.list[models.ConnectorType]:
        """List Connector Types

        Lists all available connector types and their editable fields for UI input.
        """
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/connector_types",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectorType]",
            self._transport.parse(
                builtins.list[models.ConnectorType], _response, "connector_types"
            ),
        )

    @checked
    def create(
        self,
        *,
        config: Mapping[str, Any],
        connector_type: models.SeamCustomerV1ConnectorsCreateRequestConnectorType | str,
        customer_key: str | None = None,
    ) -> models.Connector:
        """Create Connector

        Creates a new connector for a customer in a workspace. The connector will be activated and start syncing data from the external API.

        Args:
            config: Instance-specific configuration for the connector
            connector_type: Type of connector to create
            customer_key: Key identifying the customer
        """
        _body: builtins.dict[str, Any] = {}
        _body["config"] = to_json(config)
        _body["connector_type"] = to_json(connector_type)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Connector",
            self._transport.parse(models.Connector, _response, "connector"),
        )

    @checked
    def delete(
        self,
        *,
        connector_id: str,
        connector_customer_id: str | None = None,
        customer_id: str | None = None,
        customer_key: str | None = None,
        unique_provider_resource_key: str | None = None,
    ) -> models.SeamCustomerV1ConnectorsDeleteResponseConnector:
        """Delete Connector

        Deletes a connector from a workspace. The connector must already be assigned to a workspace.
        This will remove the connector row from the database and deactivate any active connections.

        Args:
            connector_id: ID of the connector to delete
            connector_customer_id:
            customer_id:
            customer_key:
            unique_provider_resource_key:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connector_id"] = to_json(connector_id)
        if connector_customer_id is not None:
            _body["connector_customer_id"] = to_json(connector_customer_id)
        if customer_id is not None:
            _body["customer_id"] = to_json(customer_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if unique_provider_resource_key is not None:
            _body["unique_provider_resource_key"] = to_json(
                unique_provider_resource_key
            )
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/delete",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1ConnectorsDeleteResponseConnector",
            self._transport.parse(
                models.SeamCustomerV1ConnectorsDeleteResponseConnector,
                _response,
                "connector",
            ),
        )

    @checked
    def list(
        self,
    ) -> builtins.list[models.SeamCustomerV1ConnectorsListResponseConnector]:
        """List Connectors

        Lists connectors for a workspace (API key auth) or for a specific customer (customer client session auth).
        """
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamCustomerV1ConnectorsListResponseConnector]",
            self._transport.parse(
                builtins.list[models.SeamCustomerV1ConnectorsListResponseConnector],
                _response,
                "connectors",
            ),
        )

    @checked
    def sync(
        self,
        *,
        connector_id: str,
        connector_type: str,
        customer_key: str,
        connector_customer_id: str | None | NotGiven = NOT_GIVEN,
        unique_provider_resource_key: str | None | NotGiven = NOT_GIVEN,
    ) -> models.ConnectorSync:
        """Sync Connector Data

        Triggers an immediate data sync for a connector by scheduling a polling task.

        Args:
            connector_id: ID of the connector to sync
            connector_type: Type of the connector to sync
            customer_key: Key of the customer to sync
            connector_customer_id: ID of the connector customer to sync
            unique_provider_resource_key: Unique provider resource key of the connector to sync
        """
        _body: builtins.dict[str, Any] = {}
        _body["connector_id"] = to_json(connector_id)
        _body["connector_type"] = to_json(connector_type)
        _body["customer_key"] = to_json(customer_key)
        if not isinstance(connector_customer_id, NotGiven):
            _body["connector_customer_id"] = to_json(connector_customer_id)
        if not isinstance(unique_provider_resource_key, NotGiven):
            _body["unique_provider_resource_key"] = to_json(
                unique_provider_resource_key
            )
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/sync",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectorSync",
            self._transport.parse(models.ConnectorSync, _response, "connector_sync"),
        )

    @checked
    def update(
        self,
        *,
        config: Mapping[str, Any],
        connector_id: str,
        connector_customer_id: str | None = None,
        customer_key: str | None = None,
    ) -> models.Connector:
        """Update Connector

        Updates an existing connector in a workspace. The connector must already be assigned to a workspace.
        The connector will be reactivated with the new configuration.

        Args:
            config: Instance-specific configuration for the connector
            connector_id: ID of the connector to update
            connector_customer_id: ID of the connector customer to update (for global connectors like Cloudbeds)
            customer_key: Key identifying the customer
        """
        _body: builtins.dict[str, Any] = {}
        _body["config"] = to_json(config)
        _body["connector_id"] = to_json(connector_id)
        if connector_customer_id is not None:
            _body["connector_customer_id"] = to_json(connector_customer_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Connector",
            self._transport.parse(models.Connector, _response, "connector"),
        )


class SeamCustomerV1CustomersAutomationsResource:
    """Operations on seam customer v1 customers automations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
    ) -> models.Automation:
        """Get Customer Automation Configuration

        Gets the automation configuration for the authenticated customer.
        Returns the merged configuration (customer overrides on top of workspace defaults).
        """
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/customers/automations/get",
            authenticated=True,
        )
        return cast(
            "models.Automation",
            self._transport.parse(models.Automation, _response, "automation"),
        )

    @checked
    def update(
        self,
        *,
        access_rules: (
            models.SeamCustomerV1CustomersAutomationsUpdateRequestAccessRules
            | Mapping[str, Any]
            | None
        ) = None,
        climate_rules: (
            models.SeamCustomerV1CustomersAutomationsUpdateRequestClimateRules
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Update Customer Automation Configuration

        Updates the automation configuration for a specific customer.
        Creates a customer-level override if one does not already exist.

        Args:
            access_rules: Access automation rules configuration.
            climate_rules: Climate automation rules configuration.
        """
        _body: builtins.dict[str, Any] = {}
        if access_rules is not None:
            _body["access_rules"] = to_json(access_rules)
        if climate_rules is not None:
            _body["climate_rules"] = to_json(climate_rules)
        self._transport.request(
            "POST",
            "/seam/customer/v1/customers/automations/update",
            json=_body,
            authenticated=True,
        )


class SeamCustomerV1CustomersResource:
    """Operations on seam customer v1 customers."""

    automations: SeamCustomerV1CustomersAutomationsResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.automations = SeamCustomerV1CustomersAutomationsResource(transport)

    @checked
    def list(
        self,
        *,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
    ) -> builtins.list[models.Customer]:
        """List Customers

        Returns a list of all customers within the workspace.

        Args:
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned customers to include all records that satisfy a partial match using `customer_key`.
        """
        _body: builtins.dict[str, Any] = {}
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/customers/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Customer]",
            self._transport.parse(
                builtins.list[models.Customer], _response, "customers"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
    ) -> Iterator[models.Customer]:
        """List Customers

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all customers within the workspace.

        Args:
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned customers to include all records that satisfy a partial match using `customer_key`.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            _response = self._transport.request(
                "POST",
                "/seam/customer/v1/customers/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.Customer]",
                self._transport.parse(
                    builtins.list[models.Customer], _response, "customers"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def me(
        self,
    ) -> None:
        """Me

        Returns the customer associated with the authenticated client session.
        """
        self._transport.request(
            "POST",
            "/seam/customer/v1/customers/me",
            authenticated=True,
        )

    @checked
    def open_portal(
        self,
        *,
        customer_key: str,
    ) -> models.MagicLink:
        """Open Customer Portal

        Opens an existing customer portal or creates a new one if the previous portal has expired.
        Returns an error if no portal was ever created for this customer.

        Args:
            customer_key: The customer key to open a portal for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/customers/open_portal",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )


class SeamCustomerV1EncodersResource:
    """Operations on seam customer v1 encoders."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        space_key: str | None = None,
    ) -> builtins.list[models.AcsEncoder]:
        """List Encoders

        Returns a list of card encoders available to the customer.
        This endpoint is intended for use within embedded customer portals, such as deep links
        for reservation management, to allow staff to select an encoder for card encoding.

        Args:
            space_key: Optional filter to list encoders for a specific space.
        """
        _body: builtins.dict[str, Any] = {}
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/encoders/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsEncoder]",
            self._transport.parse(
                builtins.list[models.AcsEncoder], _response, "encoders"
            ),
        )


class SeamCustomerV1EventsResource:
    """Operations on seam customer v1 events."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        space_id: str,
        between: Sequence[str] | None = None,
        event_type: models.SeamCustomerV1EventsListRequestEventType | str | None = None,
        event_types: (
            Sequence[models.SeamCustomerV1EventsListRequestEventType | str] | None
        ) = None,
        limit: float | None = None,
        since: str | None = None,
    ) -> builtins.list[models.Event]:
        """List Events for Customer Space

        Returns a list of events for devices in a specific space. This endpoint is designed for customer portals and only supports filtering by space_id.

        Args:
            space_id: ID of the space for which you want to list events.
            between: Lower and upper timestamps to define an exclusive interval containing the events that you want to list. You must include `since` or `between`.
            event_type: Type of the events that you want to list.
            event_types: Types of the events that you want to list.
            limit: Numerical limit on the number of events to return.
            since: Timestamp to indicate the beginning generation time for the events that you want to list. You must include `since` or `between`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        if between is not None:
            _body["between"] = to_json(between)
        if event_type is not None:
            _body["event_type"] = to_json(event_type)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if since is not None:
            _body["since"] = to_json(since)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/events/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Event]",
            self._transport.parse(builtins.list[models.Event], _response, "events"),
        )


class SeamCustomerV1PortalsResource:
    """Operations on seam customer v1 portals."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        customer_portal_id: str,
    ) -> models.SeamCustomerV1PortalsGetResponseCustomerPortal:
        """Get Customer Portal Configuration

        Retrieves the configuration for a customer portal identified by customer_portal_id.

        Args:
            customer_portal_id: Customer portal ID.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_portal_id"] = to_json(customer_portal_id)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/portals/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1PortalsGetResponseCustomerPortal",
            self._transport.parse(
                models.SeamCustomerV1PortalsGetResponseCustomerPortal,
                _response,
                "customer_portal",
            ),
        )

    @checked
    def update(
        self,
        *,
        customer_portal_id: str,
        portal_configuration: models.PortalConfiguration | Mapping[str, Any],
    ) -> None:
        """Update Customer Portal Configuration

        Updates the configuration for a customer portal.

        Args:
            customer_portal_id: ID of the customer portal to update.
            portal_configuration: Partial portal configuration to merge with the existing configuration.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_portal_id"] = to_json(customer_portal_id)
        _body["portal_configuration"] = to_json(portal_configuration)
        self._transport.request(
            "POST",
            "/seam/customer/v1/portals/update",
            json=_body,
            authenticated=True,
        )


class SeamCustomerV1ReservationsResource:
    """Operations on seam customer v1 reservations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        customer_key: str | None = None,
        reservation_id: str | None = None,
        reservation_key: str | None = None,
    ) -> models.SeamCustomerV1ReservationsGetResponseReservation:
        """Get Reservation for Customer

        Returns a single reservation for a specific customer by reservation ID.

        Args:
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
            reservation_id: ID of the reservation to retrieve.
            reservation_key: Key of the reservation to retrieve.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if reservation_id is not None:
            _body["reservation_id"] = to_json(reservation_id)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/reservations/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1ReservationsGetResponseReservation",
            self._transport.parse(
                models.SeamCustomerV1ReservationsGetResponseReservation,
                _response,
                "reservation",
            ),
        )

    @checked
    def list(
        self,
        *,
        between: Sequence[str] | None = None,
        connected_account_id: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.SeamCustomerV1ReservationsListResponseReservation]:
        """List Reservations for Customer Space

        Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.

        Args:
            between: Lower and upper timestamps to filter reservations whose time range overlaps with the given interval.
            connected_account_id: Filter reservations by the connected account whose connector discovered them.
            created_after: Timestamp by which to limit returned reservations. Returns reservations created after this timestamp.
            created_before: Timestamp by which to limit returned reservations. Returns reservations created before this timestamp.
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned reservations to include all records that satisfy a partial match using `reservation_id`, `reservation_key`, `name`, `guest_name`, or space names.
            space_id: Filter reservations by space ID (UUID).
            space_key: Filter reservations by space key.
            user_identity_id: Filter reservations by the guest user identity ID.
        """
        _body: builtins.dict[str, Any] = {}
        if between is not None:
            _body["between"] = to_json(between)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if created_after is not None:
            _body["created_after"] = to_json(created_after)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/reservations/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamCustomerV1ReservationsListResponseReservation]",
            self._transport.parse(
                builtins.list[models.SeamCustomerV1ReservationsListResponseReservation],
                _response,
                "reservations",
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        between: Sequence[str] | None = None,
        connected_account_id: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> Iterator[models.SeamCustomerV1ReservationsListResponseReservation]:
        """List Reservations for Customer Space

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.

        Args:
            between: Lower and upper timestamps to filter reservations whose time range overlaps with the given interval.
            connected_account_id: Filter reservations by the connected account whose connector discovered them.
            created_after: Timestamp by which to limit returned reservations. Returns reservations created after this timestamp.
            created_before: Timestamp by which to limit returned reservations. Returns reservations created before this timestamp.
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned reservations to include all records that satisfy a partial match using `reservation_id`, `reservation_key`, `name`, `guest_name`, or space names.
            space_id: Filter reservations by space ID (UUID).
            space_key: Filter reservations by space key.
            user_identity_id: Filter reservations by the guest user identity ID.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if between is not None:
                _body["between"] = to_json(between)
            if connected_account_id is not None:
                _body["connected_account_id"] = to_json(connected_account_id)
            if created_after is not None:
                _body["created_after"] = to_json(created_after)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if space_key is not None:
                _body["space_key"] = to_json(space_key)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = self._transport.request(
                "POST",
                "/seam/customer/v1/reservations/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.SeamCustomerV1ReservationsListResponseReservation]",
                self._transport.parse(
                    builtins.list[
                        models.SeamCustomerV1ReservationsListResponseReservation
                    ],
                    _response,
                    "reservations",
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def list_access_grants(
        self,
        *,
        reservation_key: str,
        customer_key: str | None = None,
    ) -> builtins.list[models.AccessGrant]:
        """List Access Grants for Reservation

        Lists access grants linked to a reservation by reservation_key.

        Args:
            reservation_key: The reservation_key to filter access grants by.
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
        """
        _body: builtins.dict[str, Any] = {}
        _body["reservation_key"] = to_json(reservation_key)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/reservations/list_access_grants",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrant], _response, "access_grants"
            ),
        )


class SeamCustomerV1SettingsBusinessVerticalsResource:
    """Operations on seam customer v1 settings business_verticals."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.BusinessVertical | str]:
        """List Business Verticals

        Returns all available business verticals.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/settings/business_verticals/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.BusinessVertical | str]",
            self._transport.parse(
                builtins.list[models.BusinessVertical | str],
                _response,
                "business_verticals",
            ),
        )


class SeamCustomerV1SettingsVerticalResourceAliasesResource:
    """Operations on seam customer v1 settings vertical_resource_aliases."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> models.VerticalResourceAliases:
        """Get Vertical Resource Aliases

        Returns the resource aliases for the workspace's business vertical, mapping
        generic resource types (space, user_identity, access_grant) to their
        vertical-specific terminology. Defaults to neutral if no vertical is set.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/settings/vertical_resource_aliases/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.VerticalResourceAliases",
            self._transport.parse(
                models.VerticalResourceAliases, _response, "vertical_resource_aliases"
            ),
        )


class SeamCustomerV1SettingsResource:
    """Operations on seam customer v1 settings."""

    business_verticals: SeamCustomerV1SettingsBusinessVerticalsResource
    vertical_resource_aliases: SeamCustomerV1SettingsVerticalResourceAliasesResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.business_verticals = SeamCustomerV1SettingsBusinessVerticalsResource(
            transport
        )
        self.vertical_resource_aliases = (
            SeamCustomerV1SettingsVerticalResourceAliasesResource(transport)
        )

    @checked
    def get(
        self,
    ) -> models.BusinessVertical | str | None:
        """Get Customer Portal Settings

        Retrieves the settings for a customer portal workspace.
        """
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/settings/get",
            authenticated=True,
        )
        return cast(
            "models.BusinessVertical | str | None",
            self._transport.parse(
                models.BusinessVertical | str | None,
                _response,
                "business_vertical",
                key_optional=True,
            ),
        )

    @checked
    def update(
        self,
        *,
        business_vertical: models.BusinessVertical | str | None = None,
        slug: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update Customer Portal Settings

        Updates the settings for a customer portal workspace.

        Args:
            business_vertical: Business vertical to set on the workspace.
            slug: Slug to set on the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        if business_vertical is not None:
            _body["business_vertical"] = to_json(business_vertical)
        if not isinstance(slug, NotGiven):
            _body["slug"] = to_json(slug)
        self._transport.request(
            "POST",
            "/seam/customer/v1/settings/update",
            json=_body,
            authenticated=True,
        )


class SeamCustomerV1SpacesResource:
    """Operations on seam customer v1 spaces."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        name: str,
        acs_entrance_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        customer_data: (
            models.SeamCustomerV1SpacesCreateRequestCustomerData
            | Mapping[str, Any]
            | None
        ) = None,
        device_ids: Sequence[str] | None = None,
        parent_space_key: str | None = None,
        parent_space_name: str | None = None,
        space_key: str | None = None,
    ) -> models.Space:
        """Create a Space

        Stability: draft. Expect breaking changes.

        Creates a new space with optional parent space support.

        Args:
            name: Name of the space that you want to create.
            acs_entrance_ids: IDs of the entrances that you want to add to the new space.
            connected_account_ids: IDs of connected accounts (third-party accounts) to associate with the new space. Persisted on seam.location_third_party_account so the UI can show which provider account a space came from.
            customer_data: Reservation/stay-related defaults for the space. When omitted and `connected_account_ids` is provided, `default_checkin_time` / `default_checkout_time` / `time_zone` are auto-inherited from the first connected account's connector configuration.
            device_ids: IDs of the devices that you want to add to the new space.
            parent_space_key: Space key of the parent space for this space.
            parent_space_name: Name of the parent space for this space.
            space_key: Unique key for the space within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if parent_space_name is not None:
            _body["parent_space_name"] = to_json(parent_space_name)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )

    @checked
    def list(
        self,
        *,
        connected_account_id: str | None = None,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        search: str | None = None,
        space_key: str | None = None,
    ) -> builtins.list[models.Space]:
        """List Spaces

        Stability: draft. Expect breaking changes.

        Returns a list of all spaces.

        Args:
            connected_account_id: Filter spaces to only include those that contain devices or access control systems belonging to the specified connected account.
            parent_space_id: Filter spaces to only include those whose parent space has the specified `parent_space_id`.
            parent_space_key: Filter spaces to only include those whose parent space has the specified `parent_space_key`.
            search: String for which to search. Filters returned spaces to include all records that satisfy a partial match using `name`.
            space_key: Filter spaces by space_key.
        """
        _body: builtins.dict[str, Any] = {}
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if parent_space_id is not None:
            _body["parent_space_id"] = to_json(parent_space_id)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if search is not None:
            _body["search"] = to_json(search)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Space]",
            self._transport.parse(builtins.list[models.Space], _response, "spaces"),
        )

    @checked
    def list_reservations(
        self,
        *,
        space_key: str,
        issued_status: models.IssuedStatus | str | None = None,
    ) -> builtins.list[models.ListReservationsResponseReservation]:
        """List Reservations for Space

        Returns a list of existing reservations for a specific space.
        If issued_status is "issued", only reservations that have access methods issued will be returned.
        If issued_status is "pending", only reservations that do not have access methods issued will be returned.
        If issued_status is not provided, only reservations that do not have access methods issued will be returned.

        Args:
            space_key: Filter reservations by space key.
            issued_status: Filter reservations by issued status.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_key"] = to_json(space_key)
        if issued_status is not None:
            _body["issued_status"] = to_json(issued_status)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/list_reservations",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ListReservationsResponseReservation]",
            self._transport.parse(
                builtins.list[models.ListReservationsResponseReservation],
                _response,
                "reservations",
            ),
        )

    @checked
    def push_common_areas(
        self,
        *,
        common_areas: (
            Sequence[models.PushCommonAreasRequestCommonArea | Mapping[str, Any]] | None
        ) = None,
        spaces: (
            Sequence[models.PushCommonAreasRequestSpace | Mapping[str, Any]] | None
        ) = None,
    ) -> None:
        """Push Common Areas

        Pushes common areas for a customer, optionally nested under spaces.
        The customer_key is taken from the authenticated client session.

        Args:
            common_areas:
            spaces:
        """
        _body: builtins.dict[str, Any] = {}
        if common_areas is not None:
            _body["common_areas"] = to_json(common_areas)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/push_common_areas",
            json=_body,
            authenticated=True,
        )


class SeamCustomerV1StaffMembersResource:
    """Operations on seam customer v1 staff_members."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        staff_member_key: str,
    ) -> models.SeamCustomerV1StaffMembersGetResponseStaffMember:
        """Get Staff Member

        Returns a staff member for a specific customer.

        Args:
            staff_member_key: Key of staff member to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["staff_member_key"] = to_json(staff_member_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/staff_members/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1StaffMembersGetResponseStaffMember",
            self._transport.parse(
                models.SeamCustomerV1StaffMembersGetResponseStaffMember,
                _response,
                "staff_member",
            ),
        )

    @checked
    def list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        space_id: str | None = None,
        space_key: str | None = None,
    ) -> builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember]:
        """List Staff Members for Customer Space

        Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
        Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.

        Args:
            created_before: Timestamp by which to limit returned staff members. Returns staff members created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            space_id: Filter staff members by space ID (UUID).
            space_key: Filter staff members by space key.
        """
        _body: builtins.dict[str, Any] = {}
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/seam/customer/v1/staff_members/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember]",
            self._transport.parse(
                builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember],
                _response,
                "staff_members",
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
    ) -> Iterator[models.SeamCustomerV1StaffMembersListResponseStaffMember]:
        """List Staff Members for Customer Space

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
        Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.

        Args:
            created_before: Timestamp by which to limit returned staff members. Returns staff members created before this timestamp.
            limit: Maximum number of records to return per page.
            space_id: Filter staff members by space ID (UUID).
            space_key: Filter staff members by space key.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if space_key is not None:
                _body["space_key"] = to_json(space_key)
            _response = self._transport.request(
                "POST",
                "/seam/customer/v1/staff_members/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember]",
                self._transport.parse(
                    builtins.list[
                        models.SeamCustomerV1StaffMembersListResponseStaffMember
                    ],
                    _response,
                    "staff_members",
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return


class SeamCustomerV1Resource:
    """Operations on seam customer v1."""

    access_grants: SeamCustomerV1AccessGrantsResource
    access_methods: SeamCustomerV1AccessMethodsResource
    automation_runs: SeamCustomerV1AutomationRunsResource
    automations: SeamCustomerV1AutomationsResource
    connector_customers: SeamCustomerV1ConnectorCustomersResource
    connectors: SeamCustomerV1ConnectorsResource
    customers: SeamCustomerV1CustomersResource
    encoders: SeamCustomerV1EncodersResource
    events: SeamCustomerV1EventsResource
    portals: SeamCustomerV1PortalsResource
    reservations: SeamCustomerV1ReservationsResource
    settings: SeamCustomerV1SettingsResource
    spaces: SeamCustomerV1SpacesResource
    staff_members: SeamCustomerV1StaffMembersResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.access_grants = SeamCustomerV1AccessGrantsResource(transport)
        self.access_methods = SeamCustomerV1AccessMethodsResource(transport)
        self.automation_runs = SeamCustomerV1AutomationRunsResource(transport)
        self.automations = SeamCustomerV1AutomationsResource(transport)
        self.connector_customers = SeamCustomerV1ConnectorCustomersResource(transport)
        self.connectors = SeamCustomerV1ConnectorsResource(transport)
        self.customers = SeamCustomerV1CustomersResource(transport)
        self.encoders = SeamCustomerV1EncodersResource(transport)
        self.events = SeamCustomerV1EventsResource(transport)
        self.portals = SeamCustomerV1PortalsResource(transport)
        self.reservations = SeamCustomerV1ReservationsResource(transport)
        self.settings = SeamCustomerV1SettingsResource(transport)
        self.spaces = SeamCustomerV1SpacesResource(transport)
        self.staff_members = SeamCustomerV1StaffMembersResource(transport)


class SeamCustomerResource:
    """Operations on seam customer."""

    v1: SeamCustomerV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamCustomerV1Resource(transport)


class SeamInstantKeyV1ClientSessionsResource:
    """Operations on seam instant_key v1 client_sessions."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def exchange_short_code(
        self,
        *,
        short_code: str,
    ) -> models.ClientSession:
        """Exchange Instant Key Short Code

        Exchanges a short code for a client session token. Mobile apps use this endpoint to retrieve a client session token securely using a short code obtained from an Instant Key URL.

        Args:
            short_code: Short code that you want to exchange for a client session token.
        """
        _body: builtins.dict[str, Any] = {}
        _body["short_code"] = to_json(short_code)
        _response = self._transport.request(
            "POST",
            "/seam/instant_key/v1/client_sessions/exchange_short_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )


class SeamInstantKeyV1PreviewResource:
    """Operations on seam instant_key v1 preview."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        instant_key_url: str,
    ) -> models.InstantKeyPreview:
        """Preview Instant Key

        Args:
            instant_key_url: The short code of the instant key to preview.
        """
        _body: builtins.dict[str, Any] = {}
        _body["instant_key_url"] = to_json(instant_key_url)
        _response = self._transport.request(
            "POST",
            "/seam/instant_key/v1/preview/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.InstantKeyPreview",
            self._transport.parse(
                models.InstantKeyPreview, _response, "instant_key_preview"
            ),
        )


class SeamInstantKeyV1Resource:
    """Operations on seam instant_key v1."""

    client_sessions: SeamInstantKeyV1ClientSessionsResource
    preview: SeamInstantKeyV1PreviewResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.client_sessions = SeamInstantKeyV1ClientSessionsResource(transport)
        self.preview = SeamInstantKeyV1PreviewResource(transport)


class SeamInstantKeyResource:
    """Operations on seam instant_key."""

    v1: SeamInstantKeyV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamInstantKeyV1Resource(transport)


class SeamMcpV1Resource:
    """Operations on seam mcp v1."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create_ro_token(
        self,
        *,
        workspace_id: str,
        created_by: str | None = None,
    ) -> models.SupportReadOnlyToken:
        """Create Support Read-Only Token

        Mints a short-lived, read-only token bound to a single workspace. Used by the Seam support agent to inspect a customer workspace via read-only public API endpoints.

        Args:
            workspace_id: ID of the workspace the token will be bound to.
            created_by: Identity of the automation minting the token (e.g. an agent session ID), recorded for auditing.
        """
        _body: builtins.dict[str, Any] = {}
        _body["workspace_id"] = to_json(workspace_id)
        if created_by is not None:
            _body["created_by"] = to_json(created_by)
        _response = self._transport.request(
            "POST",
            "/seam/mcp/v1/create_ro_token",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SupportReadOnlyToken",
            self._transport.parse(
                models.SupportReadOnlyToken, _response, "support_read_only_token"
            ),
        )


class SeamMcpResource:
    """Operations on seam mcp."""

    v1: SeamMcpV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamMcpV1Resource(transport)


class SeamMobileSdkV1AcsCredentialsResource:
    """Operations on seam mobile_sdk v1 acs credentials."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.AcsCredential]:
        """List Credentials

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/seam/mobile_sdk/v1/acs/credentials/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredential]",
            self._transport.parse(
                builtins.list[models.AcsCredential], _response, "acs_credentials"
            ),
        )


class SeamMobileSdkV1AcsResource:
    """Operations on seam mobile_sdk v1 acs."""

    credentials: SeamMobileSdkV1AcsCredentialsResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.credentials = SeamMobileSdkV1AcsCredentialsResource(transport)


class SeamMobileSdkV1PhoneSessionsResource:
    """Operations on seam mobile_sdk v1 phone_sessions."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get_or_create(
        self,
        *,
        custom_sdk_installation_id: str,
        phone_os: models.PhoneOs | str,
        phone_device_metadata: (
            models.PhoneDeviceMetadata | Mapping[str, Any] | None
        ) = None,
    ) -> models.PhoneSession:
        """Get or Create a Phone Session

        Gets or creates a session for a mobile SDK phone.

        Args:
            custom_sdk_installation_id: ID of the custom SDK installation that you want to use for the new session.
            phone_os: Phone operating system that you want to use for the new session.
            phone_device_metadata: Phone device metadata that you want to use for the new session.
        """
        _body: builtins.dict[str, Any] = {}
        _body["custom_sdk_installation_id"] = to_json(custom_sdk_installation_id)
        _body["phone_os"] = to_json(phone_os)
        if phone_device_metadata is not None:
            _body["phone_device_metadata"] = to_json(phone_device_metadata)
        _response = self._transport.request(
            "POST",
            "/seam/mobile_sdk/v1/phone_sessions/get_or_create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.PhoneSession",
            self._transport.parse(models.PhoneSession, _response, "phone_session"),
        )


class SeamMobileSdkV1Resource:
    """Operations on seam mobile_sdk v1."""

    acs: SeamMobileSdkV1AcsResource
    phone_sessions: SeamMobileSdkV1PhoneSessionsResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.acs = SeamMobileSdkV1AcsResource(transport)
        self.phone_sessions = SeamMobileSdkV1PhoneSessionsResource(transport)

    @checked
    def report_salto_space_audit_trail(
        self,
        *,
        acs_system_id: str,
        salto_space_metadata: (
            models.ReportSaltoSpaceAuditTrailRequestSaltoSpaceMetadata
            | Mapping[str, Any]
        ),
    ) -> None:
        """Report Salto Space Audit Trail

        Reports audit trail data from Salto Space mobile SDK.

        Args:
            acs_system_id:
            salto_space_metadata:
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _body["salto_space_metadata"] = to_json(salto_space_metadata)
        self._transport.request(
            "POST",
            "/seam/mobile_sdk/v1/report_salto_space_audit_trail",
            json=_body,
            authenticated=True,
        )


class SeamMobileSdkResource:
    """Operations on seam mobile_sdk."""

    v1: SeamMobileSdkV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamMobileSdkV1Resource(transport)


class SeamPartnerV1BuildingBlocksSpacesResource:
    """Operations on seam partner v1 building_blocks spaces."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def auto_map(
        self,
        *,
        collection_key: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
    ) -> builtins.list[models.AutoMapResponseSpace]:
        """Do Auto-Mapping for Partner Resources that Map to Spaces

        Auto-maps partner resources that have been pushed to Seam.

        Args:
            collection_key: Collection key.
            connected_account_id: Connected account to scope auto-mapping to. Filters partner resources by the matching connector and limits available devices/entrances to this account.
            customer_key: Customer key for which to auto-map spaces.
        """
        _body: builtins.dict[str, Any] = {}
        if collection_key is not None:
            _body["collection_key"] = to_json(collection_key)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/seam/partner/v1/building_blocks/spaces/auto_map",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AutoMapResponseSpace]",
            self._transport.parse(
                builtins.list[models.AutoMapResponseSpace], _response, "spaces"
            ),
        )


class SeamPartnerV1BuildingBlocksResource:
    """Operations on seam partner v1 building_blocks."""

    spaces: SeamPartnerV1BuildingBlocksSpacesResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.spaces = SeamPartnerV1BuildingBlocksSpacesResource(transport)


class SeamPartnerV1Resource:
    """Operations on seam partner v1."""

    building_blocks: SeamPartnerV1BuildingBlocksResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.building_blocks = SeamPartnerV1BuildingBlocksResource(transport)


class SeamPartnerResource:
    """Operations on seam partner."""

    v1: SeamPartnerV1Resource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.v1 = SeamPartnerV1Resource(transport)


class SeamWebhooksProviderResource:
    """Operations on seam webhooks provider."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def by_subscription_id(
        self,
        *,
        provider: str,
        subscription_id: str,
        body: Any | None = None,
    ) -> None:
        """Receive a Provider Webhook

        Receives an inbound webhook delivery for a provider subscription.

        Args:
            provider:
            subscription_id:
            body:
        """
        _query: builtins.dict[str, Any] = {}
        _query["provider"] = to_json(provider)
        _query["subscription_id"] = to_json(subscription_id)
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/seam/webhooks/[provider]/[subscription_id]",
            query=_query,
            json=_body,
            authenticated=False,
        )


class SeamWebhooksResource:
    """Operations on seam webhooks."""

    provider: SeamWebhooksProviderResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.provider = SeamWebhooksProviderResource(transport)


class SeamResource:
    """Operations on seam."""

    bridge: SeamBridgeResource
    connect_webview: SeamConnectWebviewResource
    console: SeamConsoleResource
    customer: SeamCustomerResource
    instant_key: SeamInstantKeyResource
    mcp: SeamMcpResource
    mobile_sdk: SeamMobileSdkResource
    partner: SeamPartnerResource
    webhooks: SeamWebhooksResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.bridge = SeamBridgeResource(transport)
        self.connect_webview = SeamConnectWebviewResource(transport)
        self.console = SeamConsoleResource(transport)
        self.customer = SeamCustomerResource(transport)
        self.instant_key = SeamInstantKeyResource(transport)
        self.mcp = SeamMcpResource(transport)
        self.mobile_sdk = SeamMobileSdkResource(transport)
        self.partner = SeamPartnerResource(transport)
        self.webhooks = SeamWebhooksResource(transport)


class AsyncSeamBridgeV1BridgeClientSessionsResource:
    """Operations on seam bridge v1 bridge_client_sessions (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        bridge_client_machine_identifier_key: str,
        bridge_client_name: str,
        bridge_client_time_zone: str,
    ) -> models.BridgeClientSession:
        """Create a Bridge Client Session

        Creates a new [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.

        Args:
            bridge_client_machine_identifier_key: Identifier key of the client machine for the Seam Bridge client that you want to create.
            bridge_client_name: Name of the Seam Bridge client that you want to create.
            bridge_client_time_zone: Time zone for the Seam Bridge client that you want to create.
        """
        _body: builtins.dict[str, Any] = {}
        _body["bridge_client_machine_identifier_key"] = to_json(
            bridge_client_machine_identifier_key
        )
        _body["bridge_client_name"] = to_json(bridge_client_name)
        _body["bridge_client_time_zone"] = to_json(bridge_client_time_zone)
        _response = await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    async def get(
        self,
    ) -> models.BridgeClientSession:
        """Get a Seam Bridge Client Session

        Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/get",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    async def refresh_tailscale_auth_key(
        self,
    ) -> models.BridgeClientSession:
        """Refresh the Tailscale Auth Key for a Seam Bridge Client Session

        Refreshes the Tailscale auth key for the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    async def refresh_telemetry_token(
        self,
    ) -> models.BridgeClientSession:
        """Refresh the Telemetry Token for a Seam Bridge Client Session

        Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication and refreshed telemetry token.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    async def regenerate_pairing_code(
        self,
    ) -> models.BridgeClientSession:
        """Regenerate a Seam Bridge Client Session Pairing Code

        Generate a new pairing code and return the updated [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code",
            authenticated=True,
        )
        return cast(
            "models.BridgeClientSession",
            self._transport.parse(
                models.BridgeClientSession, _response, "bridge_client_session"
            ),
        )

    @checked
    async def report_status(
        self,
        *,
        is_tailscale_connected: bool | None,
        tailscale_ip_v4: str | None,
    ) -> None:
        """Report the Status of a Seam Bridge Client

        Report the status of a [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client.

        Args:
            is_tailscale_connected: Indicates whether Tailscale is connected.
            tailscale_ip_v4: Tailscale IPv4 address.
        """
        _body: builtins.dict[str, Any] = {}
        _body["is_tailscale_connected"] = to_json(is_tailscale_connected)
        _body["tailscale_ip_v4"] = to_json(tailscale_ip_v4)
        await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_client_sessions/report_status",
            json=_body,
            authenticated=True,
        )


class AsyncSeamBridgeV1BridgeConnectedSystemsResource:
    """Operations on seam bridge v1 bridge_connected_systems (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
    ) -> builtins.list[models.BridgeConnectedSystems]:
        """List Bridge-Connected Systems

        Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge)-connected systems associated with the client session token used for authentication.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/bridge/v1/bridge_connected_systems/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.BridgeConnectedSystems]",
            self._transport.parse(
                builtins.list[models.BridgeConnectedSystems],
                _response,
                "bridge_connected_systems",
            ),
        )


class AsyncSeamBridgeV1Resource:
    """Operations on seam bridge v1 (awaitable)."""

    bridge_client_sessions: AsyncSeamBridgeV1BridgeClientSessionsResource
    bridge_connected_systems: AsyncSeamBridgeV1BridgeConnectedSystemsResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.bridge_client_sessions = AsyncSeamBridgeV1BridgeClientSessionsResource(
            transport
        )
        self.bridge_connected_systems = AsyncSeamBridgeV1BridgeConnectedSystemsResource(
            transport
        )


class AsyncSeamBridgeResource:
    """Operations on seam bridge (awaitable)."""

    v1: AsyncSeamBridgeV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamBridgeV1Resource(transport)


class AsyncSeamConnectWebviewV1Resource:
    """Operations on seam connect_webview v1 (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get_current_pane(
        self,
        *,
        connect_webview_id: str,
    ) -> models.AccessCode | None:
        """Get Current Pane

        Returns the current render pane for a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).

        Args:
            connect_webview_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        _response = await self._transport.request(
            "POST",
            "/seam/connect_webview/v1/get_current_pane",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode | None",
            self._transport.parse(
                models.AccessCode | None, _response, "pane", key_optional=True
            ),
        )

    @checked
    async def reset(
        self,
        *,
        connect_webview_id: str,
    ) -> bool:
        """Reset Connect Webview

        Resets an errored [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) so its login flow can be retried.

        Args:
            connect_webview_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        _response = await self._transport.request(
            "POST",
            "/seam/connect_webview/v1/reset",
            json=_body,
            authenticated=True,
        )
        return cast(
            "bool",
            self._transport.parse(bool, _response, "ok"),
        )

    @checked
    async def submit(
        self,
        *,
        connect_webview_id: str,
        submit_args: Any | None = None,
    ) -> bool:
        """Submit Connect Webview Pane

        Submits pane arguments to advance a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) login state machine.

        Args:
            connect_webview_id:
            submit_args:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connect_webview_id"] = to_json(connect_webview_id)
        if submit_args is not None:
            _body["submit_args"] = to_json(submit_args)
        _response = await self._transport.request(
            "POST",
            "/seam/connect_webview/v1/submit",
            json=_body,
            authenticated=True,
        )
        return cast(
            "bool",
            self._transport.parse(bool, _response, "ok"),
        )


class AsyncSeamConnectWebviewResource:
    """Operations on seam connect_webview (awaitable)."""

    v1: AsyncSeamConnectWebviewV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamConnectWebviewV1Resource(transport)


class AsyncSeamConsoleV1LynxMigrationResource:
    """Operations on seam console v1 lynx_migration (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get_property_migration_status(
        self,
        *,
        space_id: str,
    ) -> models.LynxMigrationPropertyRun | None:
        """Get Lynx Migration Property Status

        Returns the most recent Lynx cutover run for a property (space), including a
        rollup of its per-reservation child runs by status. Returns a null run when the
        property has never been migrated.

        Args:
            space_id: ID of the space (property) to get the migration status for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/get_property_migration_status",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.LynxMigrationPropertyRun | None",
            self._transport.parse(
                models.LynxMigrationPropertyRun | None,
                _response,
                "lynx_migration_property_run",
            ),
        )

    @checked
    async def get_reservation_migration_status(
        self,
        *,
        access_grant_id: str,
    ) -> models.LynxMigrationReservationRun | None:
        """Get Lynx Migration Reservation Status

        Returns the most recent per-reservation Lynx cutover run for an access grant.
        Returns a null run when the reservation has never been migrated. Keyed by
        access_grant_id — a successful cutover deletes the access grant, but the run
        record outlives it, so status remains available after the migration completes.

        Includes the codes the cutover deleted (snapshotted before deletion, so the
        history survives the hard-delete) and each connected-account sync it requested.

        Args:
            access_grant_id: ID of the access grant (reservation) to get the migration status for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/get_reservation_migration_status",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.LynxMigrationReservationRun | None",
            self._transport.parse(
                models.LynxMigrationReservationRun | None,
                _response,
                "lynx_migration_reservation_run",
            ),
        )

    @checked
    async def list_property_reservations(
        self,
        *,
        space_id: str,
    ) -> models.LynxMigrationPropertyPlan:
        """List Lynx Migration Property Reservations

        Lists the reservations in a property (space) and classifies each for a Lynx
        cutover: which are eligible to migrate to Seam-managed access, and which are
        skipped (with a reason). Read-only — does not start a migration.

        Args:
            space_id: ID of the space (property) to plan a Lynx migration for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/list_property_reservations",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.LynxMigrationPropertyPlan",
            self._transport.parse(
                models.LynxMigrationPropertyPlan,
                _response,
                "lynx_migration_property_plan",
            ),
        )

    @checked
    async def migrate_property(
        self,
        *,
        space_id: str,
    ) -> models.MigratePropertyResponseLynxMigrationPropertyRun:
        """Migrate a Property to Seam-Managed Access

        Starts a Lynx cutover for a property (space): schedules a background task that
        plans the eligible reservations and migrates them to Seam-managed access a
        bounded number at a time. Idempotent — if a migration is already running for
        the property, returns that run with `already_running: true`. Poll
        `/seam/console/v1/lynx_migration/get_property_migration_status` for progress.

        Args:
            space_id: ID of the space (property) to migrate.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/lynx_migration/migrate_property",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MigratePropertyResponseLynxMigrationPropertyRun",
            self._transport.parse(
                models.MigratePropertyResponseLynxMigrationPropertyRun,
                _response,
                "lynx_migration_property_run",
            ),
        )


class AsyncSeamConsoleV1OrganizationsCustomizationProfilesResource:
    """Operations on seam console v1 organizations customization_profiles (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def copy(
        self,
        *,
        destination_workspace_id: str,
        source_customization_profile_id: str,
        source_workspace_id: str,
        destination_customization_profile_id: str | None = None,
    ) -> models.CustomizationProfile:
        """Copy a Customization Profile

        Copies a customization profile to an organization.

        Args:
            destination_workspace_id:
            source_customization_profile_id:
            source_workspace_id:
            destination_customization_profile_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["destination_workspace_id"] = to_json(destination_workspace_id)
        _body["source_customization_profile_id"] = to_json(
            source_customization_profile_id
        )
        _body["source_workspace_id"] = to_json(source_workspace_id)
        if destination_customization_profile_id is not None:
            _body["destination_customization_profile_id"] = to_json(
                destination_customization_profile_id
            )
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/customization_profiles/copy",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomizationProfile",
            self._transport.parse(
                models.CustomizationProfile, _response, "customization_profile"
            ),
        )


class AsyncSeamConsoleV1OrganizationsInvitationsResource:
    """Operations on seam console v1 organizations invitations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def revoke(
        self,
        *,
        organization_invitation_id: str,
    ) -> models.OrganizationInvitation:
        """Revoke an Organization Invitation

        Revokes an organization invitation.

        Args:
            organization_invitation_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_invitation_id"] = to_json(organization_invitation_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/invitations/revoke",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.OrganizationInvitation",
            self._transport.parse(
                models.OrganizationInvitation, _response, "organization_invitation"
            ),
        )


class AsyncSeamConsoleV1OrganizationsMembersWorkspacesResource:
    """Operations on seam console v1 organizations members workspaces (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def grant(
        self,
        *,
        organization_id: str,
        user_id: str,
        workspace_id: str,
    ) -> None:
        """Grant an Organization Member Workspace Access

        Grants an organization member access to a workspace.

        Args:
            organization_id:
            user_id:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        _body["workspace_id"] = to_json(workspace_id)
        await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/workspaces/grant",
            json=_body,
            authenticated=True,
        )

    @checked
    async def list(
        self,
        *,
        organization_id: str,
        user_id: str,
    ) -> builtins.list[
        models.SeamConsoleV1OrganizationsMembersWorkspacesListResponseWorkspace
    ]:
        """List an Organization Member's Workspaces

        Returns the workspaces an organization member can access.

        Args:
            organization_id:
            user_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/workspaces/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamConsoleV1OrganizationsMembersWorkspacesListResponseWorkspace]",
            self._transport.parse(
                builtins.list[
                    models.SeamConsoleV1OrganizationsMembersWorkspacesListResponseWorkspace
                ],
                _response,
                "workspaces",
            ),
        )

    @checked
    async def revoke(
        self,
        *,
        organization_id: str,
        user_id: str,
        workspace_id: str,
    ) -> None:
        """Revoke an Organization Member's Workspace Access

        Revokes an organization member's access to a workspace.

        Args:
            organization_id:
            user_id:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        _body["workspace_id"] = to_json(workspace_id)
        await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/workspaces/revoke",
            json=_body,
            authenticated=True,
        )


class AsyncSeamConsoleV1OrganizationsMembersResource:
    """Operations on seam console v1 organizations members (awaitable)."""

    workspaces: AsyncSeamConsoleV1OrganizationsMembersWorkspacesResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.workspaces = AsyncSeamConsoleV1OrganizationsMembersWorkspacesResource(
            transport
        )

    @checked
    async def add(
        self,
        *,
        email: str,
        organization_id: str,
        role: models.Role | str | None = None,
    ) -> None:
        """Add an Organization Member

        Adds a member to an organization, inviting them by email if needed.

        Args:
            email:
            organization_id:
            role:
        """
        _body: builtins.dict[str, Any] = {}
        _body["email"] = to_json(email)
        _body["organization_id"] = to_json(organization_id)
        if role is not None:
            _body["role"] = to_json(role)
        await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/add",
            json=_body,
            authenticated=True,
        )

    @checked
    async def remove(
        self,
        *,
        organization_id: str,
        user_id: str,
    ) -> None:
        """Remove an Organization Member

        Removes a member from an organization.

        Args:
            organization_id:
            user_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["user_id"] = to_json(user_id)
        await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/remove",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        organization_id: str,
        role: models.Role | str,
        user_id: str,
    ) -> models.OrganizationMember:
        """Update an Organization Member

        Updates a member of an organization.

        Args:
            organization_id:
            role:
            user_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _body["role"] = to_json(role)
        _body["user_id"] = to_json(user_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/members/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.OrganizationMember",
            self._transport.parse(
                models.OrganizationMember, _response, "organization_member"
            ),
        )


class AsyncSeamConsoleV1OrganizationsWorkspacesResource:
    """Operations on seam console v1 organizations workspaces (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        name: str,
        organization_id: str,
        is_sandbox: bool | None = None,
    ) -> models.Workspace:
        """Create an Organization Workspace

        Creates a workspace in an organization.

        Args:
            name:
            organization_id:
            is_sandbox:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        _body["organization_id"] = to_json(organization_id)
        if is_sandbox is not None:
            _body["is_sandbox"] = to_json(is_sandbox)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/workspaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )

    @checked
    async def remove(
        self,
        *,
        workspace_id: str,
    ) -> None:
        """Remove an Organization Workspace

        Removes a workspace from an organization.

        Args:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["workspace_id"] = to_json(workspace_id)
        await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/workspaces/remove",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        name: str,
        workspace_id: str,
    ) -> models.Workspace:
        """Update an Organization Workspace

        Updates a workspace in an organization.

        Args:
            name:
            workspace_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        _body["workspace_id"] = to_json(workspace_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/workspaces/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Workspace",
            self._transport.parse(models.Workspace, _response, "workspace"),
        )


class AsyncSeamConsoleV1OrganizationsResource:
    """Operations on seam console v1 organizations (awaitable)."""

    customization_profiles: AsyncSeamConsoleV1OrganizationsCustomizationProfilesResource
    invitations: AsyncSeamConsoleV1OrganizationsInvitationsResource
    members: AsyncSeamConsoleV1OrganizationsMembersResource
    workspaces: AsyncSeamConsoleV1OrganizationsWorkspacesResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.customization_profiles = (
            AsyncSeamConsoleV1OrganizationsCustomizationProfilesResource(transport)
        )
        self.invitations = AsyncSeamConsoleV1OrganizationsInvitationsResource(transport)
        self.members = AsyncSeamConsoleV1OrganizationsMembersResource(transport)
        self.workspaces = AsyncSeamConsoleV1OrganizationsWorkspacesResource(transport)

    @checked
    async def create(
        self,
        *,
        name: str,
        logo_image_base64: str | None = None,
    ) -> models.Organization:
        """Create an Organization

        Creates an organization.

        Args:
            name:
            logo_image_base64:
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if logo_image_base64 is not None:
            _body["logo_image_base64"] = to_json(logo_image_base64)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    async def delete(
        self,
        *,
        organization_id: str,
    ) -> models.Organization:
        """Delete an Organization

        Deletes an organization.

        Args:
            organization_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/delete",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    async def get(
        self,
        *,
        organization_id: str,
    ) -> models.Organization:
        """Get an Organization

        Returns a specified organization.

        Args:
            organization_id:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    async def list(
        self,
    ) -> builtins.list[models.SeamConsoleV1OrganizationsListResponseOrganization]:
        """List Organizations

        Returns a list of organizations.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamConsoleV1OrganizationsListResponseOrganization]",
            self._transport.parse(
                builtins.list[
                    models.SeamConsoleV1OrganizationsListResponseOrganization
                ],
                _response,
                "organizations",
            ),
        )

    @checked
    async def update(
        self,
        *,
        organization_id: str,
        connect_webview_customization: (
            models.SeamConsoleV1OrganizationsUpdateRequestConnectWebviewCustomization
            | Mapping[str, Any]
            | None
        ) = None,
        logo_image_base64: str | None | NotGiven = NOT_GIVEN,
        name: str | None = None,
    ) -> models.Organization:
        """Update an Organization

        Updates an organization.

        Args:
            organization_id:
            connect_webview_customization:
            logo_image_base64:
            name:
        """
        _body: builtins.dict[str, Any] = {}
        _body["organization_id"] = to_json(organization_id)
        if connect_webview_customization is not None:
            _body["connect_webview_customization"] = to_json(
                connect_webview_customization
            )
        if not isinstance(logo_image_base64, NotGiven):
            _body["logo_image_base64"] = to_json(logo_image_base64)
        if name is not None:
            _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )

    @checked
    async def upload_logo(
        self,
    ) -> models.Organization:
        """Upload an Organization Logo

        Uploads a logo image for an organization.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/organizations/upload_logo",
            authenticated=True,
        )
        return cast(
            "models.Organization",
            self._transport.parse(models.Organization, _response, "organization"),
        )


class AsyncSeamConsoleV1SitesResource:
    """Operations on seam console v1 sites (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        name: str,
        site_key: str | None = None,
    ) -> models.Space:
        """Create a Site

        Creates a new site, a top-level space in the property hierarchy.

        Args:
            name: Name of the site that you want to create.
            site_key: Unique key for the site within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if site_key is not None:
            _body["site_key"] = to_json(site_key)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/sites/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "site"),
        )

    @checked
    async def delete(
        self,
        *,
        site_id: str,
    ) -> None:
        """Delete a Site

        Deletes a site.

        Args:
            site_id: ID of the site that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["site_id"] = to_json(site_id)
        await self._transport.request(
            "POST",
            "/seam/console/v1/sites/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def list(
        self,
        *,
        search: str | None = None,
    ) -> builtins.list[models.Space]:
        """List Sites

        Lists sites (top-level spaces) in the workspace.

        Args:
            search: String for which to search. Filters sites to those with a partial match on `name` or `site_key`.
        """
        _body: builtins.dict[str, Any] = {}
        if search is not None:
            _body["search"] = to_json(search)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/sites/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Space]",
            self._transport.parse(builtins.list[models.Space], _response, "sites"),
        )

    @checked
    async def update(
        self,
        *,
        site_id: str,
        name: str | None = None,
        site_key: str | None = None,
    ) -> models.Space:
        """Update a Site

        Updates an existing site.

        Args:
            site_id: ID of the site that you want to update.
            name: New name for the site.
            site_key: New unique key for the site within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["site_id"] = to_json(site_id)
        if name is not None:
            _body["name"] = to_json(name)
        if site_key is not None:
            _body["site_key"] = to_json(site_key)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/sites/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "site"),
        )


class AsyncSeamConsoleV1TimelinesResource:
    """Operations on seam console v1 timelines (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        resource_id: str,
        context_type: models.ContextType | str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        created_between: Any | None = None,
        entry_types: Sequence[models.EntryType | str] | None = None,
        limit: int | None = None,
        page_cursor: str | None = None,
    ) -> models.Timeline:
        """Get Timeline Entries

        Returns timeline entries for a resource and its child resources, grouped by entry groups.

        Args:
            resource_id: ID of the resource to get timelines for.
            context_type: Filter timeline entries by context type. 'request' for API requests, 'job' for background jobs.
            created_after: Timestamp by which to limit returned timeline entries. Returns entries created after this timestamp.
            created_before: Timestamp by which to limit returned timeline entries. Returns entries created before this timestamp.
            created_between: Time range to filter timeline entries. Returns entries created between the two timestamps [start, end].
            entry_types: Filter timeline entries by entry type. If not specified, all entry types are returned.
            limit: Maximum number of timeline entry groups to return per page. Maximum 100.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["resource_id"] = to_json(resource_id)
        if context_type is not None:
            _body["context_type"] = to_json(context_type)
        if created_after is not None:
            _body["created_after"] = to_json(created_after)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if created_between is not None:
            _body["created_between"] = to_json(created_between)
        if entry_types is not None:
            _body["entry_types"] = to_json(entry_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if page_cursor is not None:
            _body["page_cursor"] = to_json(page_cursor)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/timelines/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Timeline",
            self._transport.parse(models.Timeline, _response, "timeline"),
        )


class AsyncSeamConsoleV1WorkspaceFeatureFlagsResource:
    """Operations on seam console v1 workspace feature_flags (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
    ) -> builtins.dict[str, bool]:
        """List

        Lists workspace feature flags.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/workspace/feature_flags/list",
            authenticated=True,
        )
        return cast(
            "builtins.dict[str, bool]",
            self._transport.parse(builtins.dict[str, bool], _response, "feature_flags"),
        )

    @checked
    async def update(
        self,
        *,
        enabled: bool,
        feature_flag_name: models.FeatureFlagName | str,
    ) -> models.FeatureFlag:
        """Update

        Enables or disables a per-workspace feature flag (e.g. whether the Lynx
        migration is enabled for the workspace). Only flags in the workspace-toggleable
        set can be updated.

        Args:
            enabled: Whether the feature flag should be enabled for the workspace.
            feature_flag_name: Name of the workspace feature flag to update.
        """
        _body: builtins.dict[str, Any] = {}
        _body["enabled"] = to_json(enabled)
        _body["feature_flag_name"] = to_json(feature_flag_name)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/workspace/feature_flags/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.FeatureFlag",
            self._transport.parse(models.FeatureFlag, _response, "feature_flag"),
        )


class AsyncSeamConsoleV1WorkspaceResource:
    """Operations on seam console v1 workspace (awaitable)."""

    feature_flags: AsyncSeamConsoleV1WorkspaceFeatureFlagsResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.feature_flags = AsyncSeamConsoleV1WorkspaceFeatureFlagsResource(transport)


class AsyncSeamConsoleV1Resource:
    """Operations on seam console v1 (awaitable)."""

    lynx_migration: AsyncSeamConsoleV1LynxMigrationResource
    organizations: AsyncSeamConsoleV1OrganizationsResource
    sites: AsyncSeamConsoleV1SitesResource
    timelines: AsyncSeamConsoleV1TimelinesResource
    workspace: AsyncSeamConsoleV1WorkspaceResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.lynx_migration = AsyncSeamConsoleV1LynxMigrationResource(transport)
        self.organizations = AsyncSeamConsoleV1OrganizationsResource(transport)
        self.sites = AsyncSeamConsoleV1SitesResource(transport)
        self.timelines = AsyncSeamConsoleV1TimelinesResource(transport)
        self.workspace = AsyncSeamConsoleV1WorkspaceResource(transport)

    @checked
    async def get_resource_locator(
        self,
        *,
        uuid: str,
    ) -> models.ResourceLocator:
        """Get Resource Locator

        Returns the type and system information of a resource given its UUID.

        Args:
            uuid:
        """
        _query: builtins.dict[str, Any] = {}
        _query["uuid"] = to_json(uuid)
        _response = await self._transport.request(
            "POST",
            "/seam/console/v1/get_resource_locator",
            query=_query,
            authenticated=True,
        )
        return cast(
            "models.ResourceLocator",
            self._transport.parse(
                models.ResourceLocator, _response, "resource_locator"
            ),
        )


class AsyncSeamConsoleResource:
    """Operations on seam console (awaitable)."""

    v1: AsyncSeamConsoleV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamConsoleV1Resource(transport)


class AsyncSeamCustomerV1AccessGrantsResource:
    """Operations on seam customer v1 access_grants (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.AccessGrant]:
        """List Access Grants (Other Access)

        Gets an Access Grant.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/access_grants/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrant], _response, "access_grants"
            ),
        )

    @checked
    async def update(
        self,
        *,
        access_grant_id: str,
        space_ids: Sequence[str],
    ) -> None:
        """Update Access Grant Spaces

        Updates the spaces (locations) associated with an Access Grant.

        Args:
            access_grant_id: ID of the Access Grant to update.
            space_ids: Array of location IDs to associate with the access grant.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _body["space_ids"] = to_json(space_ids)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/access_grants/update",
            json=_body,
            authenticated=True,
        )


class AsyncSeamCustomerV1AccessMethodsResource:
    """Operations on seam customer v1 access_methods (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def encode(
        self,
        *,
        access_method_id: str,
        acs_encoder_id: str,
    ) -> models.ActionAttempt:
        """Encode an Access Method

        Encodes an existing access method onto a plastic card placed on the specified encoder.
        This endpoint is intended for use within embedded customer portals, such as deep links
        for reservation management.

        Args:
            access_method_id: ID of the access method to encode onto a card.
            acs_encoder_id: ID of the encoder to use for encoding the access method.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/access_methods/encode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncSeamCustomerV1AutomationRunsResource:
    """Operations on seam customer v1 automation_runs (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        automation_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        partner_resource_id: str | None = None,
        rule: models.Rule | str | None = None,
        success: bool | None = None,
    ) -> builtins.list[models.AutomationRun]:
        """List Automation Runs

        Returns a list of all automation runs for a workspace or customer.

        Args:
            automation_id: ID of the automation for which you want to retrieve all automation runs.
            created_before: Timestamp by which to limit returned automation runs. Returns runs created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            partner_resource_id: ID of the partner resource for which you want to retrieve all automation runs.
            rule: Filter automation runs by the specific rule that was executed.
            success: Filter automation runs by success status.
        """
        _body: builtins.dict[str, Any] = {}
        if automation_id is not None:
            _body["automation_id"] = to_json(automation_id)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if partner_resource_id is not None:
            _body["partner_resource_id"] = to_json(partner_resource_id)
        if rule is not None:
            _body["rule"] = to_json(rule)
        if success is not None:
            _body["success"] = to_json(success)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/automation_runs/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AutomationRun]",
            self._transport.parse(
                builtins.list[models.AutomationRun], _response, "automation_runs"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        automation_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        partner_resource_id: str | None = None,
        rule: models.Rule | str | None = None,
        success: bool | None = None,
    ) -> AsyncIterator[models.AutomationRun]:
        """List Automation Runs

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all automation runs for a workspace or customer.

        Args:
            automation_id: ID of the automation for which you want to retrieve all automation runs.
            created_before: Timestamp by which to limit returned automation runs. Returns runs created before this timestamp.
            limit: Maximum number of records to return per page.
            partner_resource_id: ID of the partner resource for which you want to retrieve all automation runs.
            rule: Filter automation runs by the specific rule that was executed.
            success: Filter automation runs by success status.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if automation_id is not None:
                _body["automation_id"] = to_json(automation_id)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if partner_resource_id is not None:
                _body["partner_resource_id"] = to_json(partner_resource_id)
            if rule is not None:
                _body["rule"] = to_json(rule)
            if success is not None:
                _body["success"] = to_json(success)
            _response = await self._transport.request(
                "POST",
                "/seam/customer/v1/automation_runs/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AutomationRun]",
                self._transport.parse(
                    builtins.list[models.AutomationRun], _response, "automation_runs"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return


class AsyncSeamCustomerV1AutomationsResource:
    """Operations on seam customer v1 automations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def delete(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Customer Portal Automation Configuration

        Deletes the automation configuration for a customer portal workspace.
        Supports both console session and customer client session authentication.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/seam/customer/v1/automations/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        customer_key: str | None = None,
    ) -> None:
        """Get Customer Portal Automation Configuration

        Gets the current automation configuration for a customer portal workspace.
        When customer_key is provided, returns customer-specific config if available,
        otherwise falls back to workspace-level config.

        Args:
            customer_key: Key of the customer to get automation config for.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/automations/get",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        access_rules: (
            models.SeamCustomerV1AutomationsUpdateRequestAccessRules
            | Mapping[str, Any]
            | None
        ) = None,
        climate_rules: (
            models.SeamCustomerV1AutomationsUpdateRequestClimateRules
            | Mapping[str, Any]
            | None
        ) = None,
        customer_key: str | None = None,
    ) -> None:
        """Update Customer Portal Automation Configuration

        Updates the automation configuration for a customer portal workspace.

        Args:
            access_rules: Access automation rules configuration.
            climate_rules: Climate automation rules configuration.
            customer_key: Key of the customer to update automation config for.
        """
        _body: builtins.dict[str, Any] = {}
        if access_rules is not None:
            _body["access_rules"] = to_json(access_rules)
        if climate_rules is not None:
            _body["climate_rules"] = to_json(climate_rules)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/automations/update",
            json=_body,
            authenticated=True,
        )


class AsyncSeamCustomerV1ConnectorCustomersResource:
    """Operations on seam customer v1 connector_customers (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        connector_id: str | None = None,
    ) -> builtins.list[models.ConnectorCustomer]:
        """List Connector Customers

        Lists connector customers for a given connector.

        Args:
            connector_id: ID of the connector.
        """
        _body: builtins.dict[str, Any] = {}
        if connector_id is not None:
            _body["connector_id"] = to_json(connector_id)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connector_customers/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectorCustomer]",
            self._transport.parse(
                builtins.list[models.ConnectorCustomer],
                _response,
                "connector_customers",
            ),
        )


class AsyncSeamCustomerV1ConnectorsExternalSitesResource:
    """Operations on seam customer v1 connectors external_sites (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        connected_account_id: str,
    ) -> builtins.list[models.ExternalSite]:
        """List External Sites for a Connected Account

        Lists sites/properties available from the external system for a given connected account by calling the connector's live API.

        Args:
            connected_account_id: ID of the connected account to list external sites for
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/external_sites/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ExternalSite]",
            self._transport.parse(
                builtins.list[models.ExternalSite], _response, "external_sites"
            ),
        )


class AsyncSeamCustomerV1ConnectorsIcalResource:
    """Operations on seam customer v1 connectors ical (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def validate_config(
        self,
        *,
        ical_config: models.IcalConfig | Mapping[str, Any],
        ical_url: str,
    ) -> models.ValidationResult:
        """Validate iCal Config

        Fetches a sample iCal feed and validates the config against it,
        returning the parsed reservations so the caller can verify
        extraction is correct.

        Args:
            ical_config: Config to validate
            ical_url: iCal feed URL to validate against
        """
        _body: builtins.dict[str, Any] = {}
        _body["ical_config"] = to_json(ical_config)
        _body["ical_url"] = to_json(ical_url)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/ical/validate-config",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ValidationResult",
            self._transport.parse(
                models.ValidationResult, _response, "validation_result"
            ),
        )


class AsyncSeamCustomerV1ConnectorsResource:
    """Operations on seam customer v1 connectors (awaitable)."""

    external_sites: AsyncSeamCustomerV1ConnectorsExternalSitesResource
    ical: AsyncSeamCustomerV1ConnectorsIcalResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.external_sites = AsyncSeamCustomerV1ConnectorsExternalSitesResource(
            transport
        )
        self.ical = AsyncSeamCustomerV1ConnectorsIcalResource(transport)

    @checked
    async def authorize(
        self,
        *,
        slug: str,
        connector_name: str | None = None,
    ) -> models.ConnectorAuthorize:
        """Get OAuth Authorization URL for Global Connector

        Returns the OAuth authorization URL for a global connector.
        This endpoint only works for global connectors (connectors that support multiple customers).

        Args:
            slug: Workspace slug
            connector_name: Connector name/type. If not provided, workspace_slug will be used as connector_name
        """
        _body: builtins.dict[str, Any] = {}
        _body["slug"] = to_json(slug)
        if connector_name is not None:
            _body["connector_name"] = to_json(connector_name)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/authorize",
            json=_body,
            authenticated=False,
        )
        return cast(
            "models.ConnectorAuthorize",
            self._transport.parse(
                models.ConnectorAuthorize, _response, "connector_authorize"
            ),
        )

    @checked
    async def connector_types(
        self,
    ) -> builtins.list[models.ConnectorType]:
        """List Connector Types

        Lists all available connector types and their editable fields for UI input.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/connector_types",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectorType]",
            self._transport.parse(
                builtins.list[models.ConnectorType], _response, "connector_types"
            ),
        )

    @checked
    async def create(
        self,
        *,
        config: Mapping[str, Any],
        connector_type: models.SeamCustomerV1ConnectorsCreateRequestConnectorType | str,
        customer_key: str | None = None,
    ) -> models.Connector:
        """Create Connector

        Creates a new connector for a customer in a workspace. The connector will be activated and start syncing data from the external API.

        Args:
            config: Instance-specific configuration for the connector
            connector_type: Type of connector to create
            customer_key: Key identifying the customer
        """
        _body: builtins.dict[str, Any] = {}
        _body["config"] = to_json(config)
        _body["connector_type"] = to_json(connector_type)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Connector",
            self._transport.parse(models.Connector, _response, "connector"),
        )

    @checked
    async def delete(
        self,
        *,
        connector_id: str,
        connector_customer_id: str | None = None,
        customer_id: str | None = None,
        customer_key: str | None = None,
        unique_provider_resource_key: str | None = None,
    ) -> models.SeamCustomerV1ConnectorsDeleteResponseConnector:
        """Delete Connector

        Deletes a connector from a workspace. The connector must already be assigned to a workspace.
        This will remove the connector row from the database and deactivate any active connections.

        Args:
            connector_id: ID of the connector to delete
            connector_customer_id:
            customer_id:
            customer_key:
            unique_provider_resource_key:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connector_id"] = to_json(connector_id)
        if connector_customer_id is not None:
            _body["connector_customer_id"] = to_json(connector_customer_id)
        if customer_id is not None:
            _body["customer_id"] = to_json(customer_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if unique_provider_resource_key is not None:
            _body["unique_provider_resource_key"] = to_json(
                unique_provider_resource_key
            )
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/delete",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1ConnectorsDeleteResponseConnector",
            self._transport.parse(
                models.SeamCustomerV1ConnectorsDeleteResponseConnector,
                _response,
                "connector",
            ),
        )

    @checked
    async def list(
        self,
    ) -> builtins.list[models.SeamCustomerV1ConnectorsListResponseConnector]:
        """List Connectors

        Lists connectors for a workspace (API key auth) or for a specific customer (customer client session auth).
        """
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamCustomerV1ConnectorsListResponseConnector]",
            self._transport.parse(
                builtins.list[models.SeamCustomerV1ConnectorsListResponseConnector],
                _response,
                "connectors",
            ),
        )

    @checked
    async def sync(
        self,
        *,
        connector_id: str,
        connector_type: str,
        customer_key: str,
        connector_customer_id: str | None | NotGiven = NOT_GIVEN,
        unique_provider_resource_key: str | None | NotGiven = NOT_GIVEN,
    ) -> models.ConnectorSync:
        """Sync Connector Data

        Triggers an immediate data sync for a connector by scheduling a polling task.

        Args:
            connector_id: ID of the connector to sync
            connector_type: Type of the connector to sync
            customer_key: Key of the customer to sync
            connector_customer_id: ID of the connector customer to sync
            unique_provider_resource_key: Unique provider resource key of the connector to sync
        """
        _body: builtins.dict[str, Any] = {}
        _body["connector_id"] = to_json(connector_id)
        _body["connector_type"] = to_json(connector_type)
        _body["customer_key"] = to_json(customer_key)
        if not isinstance(connector_customer_id, NotGiven):
            _body["connector_customer_id"] = to_json(connector_customer_id)
        if not isinstance(unique_provider_resource_key, NotGiven):
            _body["unique_provider_resource_key"] = to_json(
                unique_provider_resource_key
            )
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/sync",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectorSync",
            self._transport.parse(models.ConnectorSync, _response, "connector_sync"),
        )

    @checked
    async def update(
        self,
        *,
        config: Mapping[str, Any],
        connector_id: str,
        connector_customer_id: str | None = None,
        customer_key: str | None = None,
    ) -> models.Connector:
        """Update Connector

        Updates an existing connector in a workspace. The connector must already be assigned to a workspace.
        The connector will be reactivated with the new configuration.

        Args:
            config: Instance-specific configuration for the connector
            connector_id: ID of the connector to update
            connector_customer_id: ID of the connector customer to update (for global connectors like Cloudbeds)
            customer_key: Key identifying the customer
        """
        _body: builtins.dict[str, Any] = {}
        _body["config"] = to_json(config)
        _body["connector_id"] = to_json(connector_id)
        if connector_customer_id is not None:
            _body["connector_customer_id"] = to_json(connector_customer_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/connectors/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Connector",
            self._transport.parse(models.Connector, _response, "connector"),
        )


class AsyncSeamCustomerV1CustomersAutomationsResource:
    """Operations on seam customer v1 customers automations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
    ) -> models.Automation:
        """Get Customer Automation Configuration

        Gets the automation configuration for the authenticated customer.
        Returns the merged configuration (customer overrides on top of workspace defaults).
        """
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/customers/automations/get",
            authenticated=True,
        )
        return cast(
            "models.Automation",
            self._transport.parse(models.Automation, _response, "automation"),
        )

    @checked
    async def update(
        self,
        *,
        access_rules: (
            models.SeamCustomerV1CustomersAutomationsUpdateRequestAccessRules
            | Mapping[str, Any]
            | None
        ) = None,
        climate_rules: (
            models.SeamCustomerV1CustomersAutomationsUpdateRequestClimateRules
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Update Customer Automation Configuration

        Updates the automation configuration for a specific customer.
        Creates a customer-level override if one does not already exist.

        Args:
            access_rules: Access automation rules configuration.
            climate_rules: Climate automation rules configuration.
        """
        _body: builtins.dict[str, Any] = {}
        if access_rules is not None:
            _body["access_rules"] = to_json(access_rules)
        if climate_rules is not None:
            _body["climate_rules"] = to_json(climate_rules)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/customers/automations/update",
            json=_body,
            authenticated=True,
        )


class AsyncSeamCustomerV1CustomersResource:
    """Operations on seam customer v1 customers (awaitable)."""

    automations: AsyncSeamCustomerV1CustomersAutomationsResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.automations = AsyncSeamCustomerV1CustomersAutomationsResource(transport)

    @checked
    async def list(
        self,
        *,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
    ) -> builtins.list[models.Customer]:
        """List Customers

        Returns a list of all customers within the workspace.

        Args:
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned customers to include all records that satisfy a partial match using `customer_key`.
        """
        _body: builtins.dict[str, Any] = {}
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/customers/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Customer]",
            self._transport.parse(
                builtins.list[models.Customer], _response, "customers"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
    ) -> AsyncIterator[models.Customer]:
        """List Customers

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all customers within the workspace.

        Args:
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned customers to include all records that satisfy a partial match using `customer_key`.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            _response = await self._transport.request(
                "POST",
                "/seam/customer/v1/customers/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.Customer]",
                self._transport.parse(
                    builtins.list[models.Customer], _response, "customers"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def me(
        self,
    ) -> None:
        """Me

        Returns the customer associated with the authenticated client session.
        """
        await self._transport.request(
            "POST",
            "/seam/customer/v1/customers/me",
            authenticated=True,
        )

    @checked
    async def open_portal(
        self,
        *,
        customer_key: str,
    ) -> models.MagicLink:
        """Open Customer Portal

        Opens an existing customer portal or creates a new one if the previous portal has expired.
        Returns an error if no portal was ever created for this customer.

        Args:
            customer_key: The customer key to open a portal for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/customers/open_portal",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )


class AsyncSeamCustomerV1EncodersResource:
    """Operations on seam customer v1 encoders (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        space_key: str | None = None,
    ) -> builtins.list[models.AcsEncoder]:
        """List Encoders

        Returns a list of card encoders available to the customer.
        This endpoint is intended for use within embedded customer portals, such as deep links
        for reservation management, to allow staff to select an encoder for card encoding.

        Args:
            space_key: Optional filter to list encoders for a specific space.
        """
        _body: builtins.dict[str, Any] = {}
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/encoders/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsEncoder]",
            self._transport.parse(
                builtins.list[models.AcsEncoder], _response, "encoders"
            ),
        )


class AsyncSeamCustomerV1EventsResource:
    """Operations on seam customer v1 events (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        space_id: str,
        between: Sequence[str] | None = None,
        event_type: models.SeamCustomerV1EventsListRequestEventType | str | None = None,
        event_types: (
            Sequence[models.SeamCustomerV1EventsListRequestEventType | str] | None
        ) = None,
        limit: float | None = None,
        since: str | None = None,
    ) -> builtins.list[models.Event]:
        """List Events for Customer Space

        Returns a list of events for devices in a specific space. This endpoint is designed for customer portals and only supports filtering by space_id.

        Args:
            space_id: ID of the space for which you want to list events.
            between: Lower and upper timestamps to define an exclusive interval containing the events that you want to list. You must include `since` or `between`.
            event_type: Type of the events that you want to list.
            event_types: Types of the events that you want to list.
            limit: Numerical limit on the number of events to return.
            since: Timestamp to indicate the beginning generation time for the events that you want to list. You must include `since` or `between`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        if between is not None:
            _body["between"] = to_json(between)
        if event_type is not None:
            _body["event_type"] = to_json(event_type)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if since is not None:
            _body["since"] = to_json(since)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/events/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Event]",
            self._transport.parse(builtins.list[models.Event], _response, "events"),
        )


class AsyncSeamCustomerV1PortalsResource:
    """Operations on seam customer v1 portals (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        customer_portal_id: str,
    ) -> models.SeamCustomerV1PortalsGetResponseCustomerPortal:
        """Get Customer Portal Configuration

        Retrieves the configuration for a customer portal identified by customer_portal_id.

        Args:
            customer_portal_id: Customer portal ID.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_portal_id"] = to_json(customer_portal_id)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/portals/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1PortalsGetResponseCustomerPortal",
            self._transport.parse(
                models.SeamCustomerV1PortalsGetResponseCustomerPortal,
                _response,
                "customer_portal",
            ),
        )

    @checked
    async def update(
        self,
        *,
        customer_portal_id: str,
        portal_configuration: models.PortalConfiguration | Mapping[str, Any],
    ) -> None:
        """Update Customer Portal Configuration

        Updates the configuration for a customer portal.

        Args:
            customer_portal_id: ID of the customer portal to update.
            portal_configuration: Partial portal configuration to merge with the existing configuration.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_portal_id"] = to_json(customer_portal_id)
        _body["portal_configuration"] = to_json(portal_configuration)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/portals/update",
            json=_body,
            authenticated=True,
        )


class AsyncSeamCustomerV1ReservationsResource:
    """Operations on seam customer v1 reservations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        customer_key: str | None = None,
        reservation_id: str | None = None,
        reservation_key: str | None = None,
    ) -> models.SeamCustomerV1ReservationsGetResponseReservation:
        """Get Reservation for Customer

        Returns a single reservation for a specific customer by reservation ID.

        Args:
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
            reservation_id: ID of the reservation to retrieve.
            reservation_key: Key of the reservation to retrieve.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if reservation_id is not None:
            _body["reservation_id"] = to_json(reservation_id)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/reservations/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1ReservationsGetResponseReservation",
            self._transport.parse(
                models.SeamCustomerV1ReservationsGetResponseReservation,
                _response,
                "reservation",
            ),
        )

    @checked
    async def list(
        self,
        *,
        between: Sequence[str] | None = None,
        connected_account_id: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.SeamCustomerV1ReservationsListResponseReservation]:
        """List Reservations for Customer Space

        Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.

        Args:
            between: Lower and upper timestamps to filter reservations whose time range overlaps with the given interval.
            connected_account_id: Filter reservations by the connected account whose connector discovered them.
            created_after: Timestamp by which to limit returned reservations. Returns reservations created after this timestamp.
            created_before: Timestamp by which to limit returned reservations. Returns reservations created before this timestamp.
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned reservations to include all records that satisfy a partial match using `reservation_id`, `reservation_key`, `name`, `guest_name`, or space names.
            space_id: Filter reservations by space ID (UUID).
            space_key: Filter reservations by space key.
            user_identity_id: Filter reservations by the guest user identity ID.
        """
        _body: builtins.dict[str, Any] = {}
        if between is not None:
            _body["between"] = to_json(between)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if created_after is not None:
            _body["created_after"] = to_json(created_after)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/reservations/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamCustomerV1ReservationsListResponseReservation]",
            self._transport.parse(
                builtins.list[models.SeamCustomerV1ReservationsListResponseReservation],
                _response,
                "reservations",
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        between: Sequence[str] | None = None,
        connected_account_id: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> AsyncIterator[models.SeamCustomerV1ReservationsListResponseReservation]:
        """List Reservations for Customer Space

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.

        Args:
            between: Lower and upper timestamps to filter reservations whose time range overlaps with the given interval.
            connected_account_id: Filter reservations by the connected account whose connector discovered them.
            created_after: Timestamp by which to limit returned reservations. Returns reservations created after this timestamp.
            created_before: Timestamp by which to limit returned reservations. Returns reservations created before this timestamp.
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned reservations to include all records that satisfy a partial match using `reservation_id`, `reservation_key`, `name`, `guest_name`, or space names.
            space_id: Filter reservations by space ID (UUID).
            space_key: Filter reservations by space key.
            user_identity_id: Filter reservations by the guest user identity ID.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if between is not None:
                _body["between"] = to_json(between)
            if connected_account_id is not None:
                _body["connected_account_id"] = to_json(connected_account_id)
            if created_after is not None:
                _body["created_after"] = to_json(created_after)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if space_key is not None:
                _body["space_key"] = to_json(space_key)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = await self._transport.request(
                "POST",
                "/seam/customer/v1/reservations/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.SeamCustomerV1ReservationsListResponseReservation]",
                self._transport.parse(
                    builtins.list[
                        models.SeamCustomerV1ReservationsListResponseReservation
                    ],
                    _response,
                    "reservations",
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def list_access_grants(
        self,
        *,
        reservation_key: str,
        customer_key: str | None = None,
    ) -> builtins.list[models.AccessGrant]:
        """List Access Grants for Reservation

        Lists access grants linked to a reservation by reservation_key.

        Args:
            reservation_key: The reservation_key to filter access grants by.
            customer_key: The customer_key identifying the customer. Required when not using client_session_with_customer auth.
        """
        _body: builtins.dict[str, Any] = {}
        _body["reservation_key"] = to_json(reservation_key)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/reservations/list_access_grants",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrant], _response, "access_grants"
            ),
        )


class AsyncSeamCustomerV1SettingsBusinessVerticalsResource:
    """Operations on seam customer v1 settings business_verticals (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.BusinessVertical | str]:
        """List Business Verticals

        Returns all available business verticals.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/settings/business_verticals/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.BusinessVertical | str]",
            self._transport.parse(
                builtins.list[models.BusinessVertical | str],
                _response,
                "business_verticals",
            ),
        )


class AsyncSeamCustomerV1SettingsVerticalResourceAliasesResource:
    """Operations on seam customer v1 settings vertical_resource_aliases (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> models.VerticalResourceAliases:
        """Get Vertical Resource Aliases

        Returns the resource aliases for the workspace's business vertical, mapping
        generic resource types (space, user_identity, access_grant) to their
        vertical-specific terminology. Defaults to neutral if no vertical is set.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/settings/vertical_resource_aliases/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.VerticalResourceAliases",
            self._transport.parse(
                models.VerticalResourceAliases, _response, "vertical_resource_aliases"
            ),
        )


class AsyncSeamCustomerV1SettingsResource:
    """Operations on seam customer v1 settings (awaitable)."""

    business_verticals: AsyncSeamCustomerV1SettingsBusinessVerticalsResource
    vertical_resource_aliases: (
        AsyncSeamCustomerV1SettingsVerticalResourceAliasesResource
    )

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.business_verticals = AsyncSeamCustomerV1SettingsBusinessVerticalsResource(
            transport
        )
        self.vertical_resource_aliases = (
            AsyncSeamCustomerV1SettingsVerticalResourceAliasesResource(transport)
        )

    @checked
    async def get(
        self,
    ) -> models.BusinessVertical | str | None:
        """Get Customer Portal Settings

        Retrieves the settings for a customer portal workspace.
        """
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/settings/get",
            authenticated=True,
        )
        return cast(
            "models.BusinessVertical | str | None",
            self._transport.parse(
                models.BusinessVertical | str | None,
                _response,
                "business_vertical",
                key_optional=True,
            ),
        )

    @checked
    async def update(
        self,
        *,
        business_vertical: models.BusinessVertical | str | None = None,
        slug: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update Customer Portal Settings

        Updates the settings for a customer portal workspace.

        Args:
            business_vertical: Business vertical to set on the workspace.
            slug: Slug to set on the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        if business_vertical is not None:
            _body["business_vertical"] = to_json(business_vertical)
        if not isinstance(slug, NotGiven):
            _body["slug"] = to_json(slug)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/settings/update",
            json=_body,
            authenticated=True,
        )


class AsyncSeamCustomerV1SpacesResource:
    """Operations on seam customer v1 spaces (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        name: str,
        acs_entrance_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        customer_data: (
            models.SeamCustomerV1SpacesCreateRequestCustomerData
            | Mapping[str, Any]
            | None
        ) = None,
        device_ids: Sequence[str] | None = None,
        parent_space_key: str | None = None,
        parent_space_name: str | None = None,
        space_key: str | None = None,
    ) -> models.Space:
        """Create a Space

        Stability: draft. Expect breaking changes.

        Creates a new space with optional parent space support.

        Args:
            name: Name of the space that you want to create.
            acs_entrance_ids: IDs of the entrances that you want to add to the new space.
            connected_account_ids: IDs of connected accounts (third-party accounts) to associate with the new space. Persisted on seam.location_third_party_account so the UI can show which provider account a space came from.
            customer_data: Reservation/stay-related defaults for the space. When omitted and `connected_account_ids` is provided, `default_checkin_time` / `default_checkout_time` / `time_zone` are auto-inherited from the first connected account's connector configuration.
            device_ids: IDs of the devices that you want to add to the new space.
            parent_space_key: Space key of the parent space for this space.
            parent_space_name: Name of the parent space for this space.
            space_key: Unique key for the space within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if parent_space_name is not None:
            _body["parent_space_name"] = to_json(parent_space_name)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )

    @checked
    async def list(
        self,
        *,
        connected_account_id: str | None = None,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        search: str | None = None,
        space_key: str | None = None,
    ) -> builtins.list[models.Space]:
        """List Spaces

        Stability: draft. Expect breaking changes.

        Returns a list of all spaces.

        Args:
            connected_account_id: Filter spaces to only include those that contain devices or access control systems belonging to the specified connected account.
            parent_space_id: Filter spaces to only include those whose parent space has the specified `parent_space_id`.
            parent_space_key: Filter spaces to only include those whose parent space has the specified `parent_space_key`.
            search: String for which to search. Filters returned spaces to include all records that satisfy a partial match using `name`.
            space_key: Filter spaces by space_key.
        """
        _body: builtins.dict[str, Any] = {}
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if parent_space_id is not None:
            _body["parent_space_id"] = to_json(parent_space_id)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if search is not None:
            _body["search"] = to_json(search)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Space]",
            self._transport.parse(builtins.list[models.Space], _response, "spaces"),
        )

    @checked
    async def list_reservations(
        self,
        *,
        space_key: str,
        issued_status: models.IssuedStatus | str | None = None,
    ) -> builtins.list[models.ListReservationsResponseReservation]:
        """List Reservations for Space

        Returns a list of existing reservations for a specific space.
        If issued_status is "issued", only reservations that have access methods issued will be returned.
        If issued_status is "pending", only reservations that do not have access methods issued will be returned.
        If issued_status is not provided, only reservations that do not have access methods issued will be returned.

        Args:
            space_key: Filter reservations by space key.
            issued_status: Filter reservations by issued status.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_key"] = to_json(space_key)
        if issued_status is not None:
            _body["issued_status"] = to_json(issued_status)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/list_reservations",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ListReservationsResponseReservation]",
            self._transport.parse(
                builtins.list[models.ListReservationsResponseReservation],
                _response,
                "reservations",
            ),
        )

    @checked
    async def push_common_areas(
        self,
        *,
        common_areas: (
            Sequence[models.PushCommonAreasRequestCommonArea | Mapping[str, Any]] | None
        ) = None,
        spaces: (
            Sequence[models.PushCommonAreasRequestSpace | Mapping[str, Any]] | None
        ) = None,
    ) -> None:
        """Push Common Areas

        Pushes common areas for a customer, optionally nested under spaces.
        The customer_key is taken from the authenticated client session.

        Args:
            common_areas:
            spaces:
        """
        _body: builtins.dict[str, Any] = {}
        if common_areas is not None:
            _body["common_areas"] = to_json(common_areas)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        await self._transport.request(
            "POST",
            "/seam/customer/v1/spaces/push_common_areas",
            json=_body,
            authenticated=True,
        )


class AsyncSeamCustomerV1StaffMembersResource:
    """Operations on seam customer v1 staff_members (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        staff_member_key: str,
    ) -> models.SeamCustomerV1StaffMembersGetResponseStaffMember:
        """Get Staff Member

        Returns a staff member for a specific customer.

        Args:
            staff_member_key: Key of staff member to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["staff_member_key"] = to_json(staff_member_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/staff_members/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SeamCustomerV1StaffMembersGetResponseStaffMember",
            self._transport.parse(
                models.SeamCustomerV1StaffMembersGetResponseStaffMember,
                _response,
                "staff_member",
            ),
        )

    @checked
    async def list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        space_id: str | None = None,
        space_key: str | None = None,
    ) -> builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember]:
        """List Staff Members for Customer Space

        Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
        Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.

        Args:
            created_before: Timestamp by which to limit returned staff members. Returns staff members created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            space_id: Filter staff members by space ID (UUID).
            space_key: Filter staff members by space key.
        """
        _body: builtins.dict[str, Any] = {}
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/seam/customer/v1/staff_members/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember]",
            self._transport.parse(
                builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember],
                _response,
                "staff_members",
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
    ) -> AsyncIterator[models.SeamCustomerV1StaffMembersListResponseStaffMember]:
        """List Staff Members for Customer Space

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
        Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.

        Args:
            created_before: Timestamp by which to limit returned staff members. Returns staff members created before this timestamp.
            limit: Maximum number of records to return per page.
            space_id: Filter staff members by space ID (UUID).
            space_key: Filter staff members by space key.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if space_key is not None:
                _body["space_key"] = to_json(space_key)
            _response = await self._transport.request(
                "POST",
                "/seam/customer/v1/staff_members/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.SeamCustomerV1StaffMembersListResponseStaffMember]",
                self._transport.parse(
                    builtins.list[
                        models.SeamCustomerV1StaffMembersListResponseStaffMember
                    ],
                    _response,
                    "staff_members",
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return


class AsyncSeamCustomerV1Resource:
    """Operations on seam customer v1 (awaitable)."""

    access_grants: AsyncSeamCustomerV1AccessGrantsResource
    access_methods: AsyncSeamCustomerV1AccessMethodsResource
    automation_runs: AsyncSeamCustomerV1AutomationRunsResource
    automations: AsyncSeamCustomerV1AutomationsResource
    connector_customers: AsyncSeamCustomerV1ConnectorCustomersResource
    connectors: AsyncSeamCustomerV1ConnectorsResource
    customers: AsyncSeamCustomerV1CustomersResource
    encoders: AsyncSeamCustomerV1EncodersResource
    events: AsyncSeamCustomerV1EventsResource
    portals: AsyncSeamCustomerV1PortalsResource
    reservations: AsyncSeamCustomerV1ReservationsResource
    settings: AsyncSeamCustomerV1SettingsResource
    spaces: AsyncSeamCustomerV1SpacesResource
    staff_members: AsyncSeamCustomerV1StaffMembersResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.access_grants = AsyncSeamCustomerV1AccessGrantsResource(transport)
        self.access_methods = AsyncSeamCustomerV1AccessMethodsResource(transport)
        self.automation_runs = AsyncSeamCustomerV1AutomationRunsResource(transport)
        self.automations = AsyncSeamCustomerV1AutomationsResource(transport)
        self.connector_customers = AsyncSeamCustomerV1ConnectorCustomersResource(
            transport
        )
        self.connectors = AsyncSeamCustomerV1ConnectorsResource(transport)
        self.customers = AsyncSeamCustomerV1CustomersResource(transport)
        self.encoders = AsyncSeamCustomerV1EncodersResource(transport)
        self.events = AsyncSeamCustomerV1EventsResource(transport)
        self.portals = AsyncSeamCustomerV1PortalsResource(transport)
        self.reservations = AsyncSeamCustomerV1ReservationsResource(transport)
        self.settings = AsyncSeamCustomerV1SettingsResource(transport)
        self.spaces = AsyncSeamCustomerV1SpacesResource(transport)
        self.staff_members = AsyncSeamCustomerV1StaffMembersResource(transport)


class AsyncSeamCustomerResource:
    """Operations on seam customer (awaitable)."""

    v1: AsyncSeamCustomerV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamCustomerV1Resource(transport)


class AsyncSeamInstantKeyV1ClientSessionsResource:
    """Operations on seam instant_key v1 client_sessions (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def exchange_short_code(
        self,
        *,
        short_code: str,
    ) -> models.ClientSession:
        """Exchange Instant Key Short Code

        Exchanges a short code for a client session token. Mobile apps use this endpoint to retrieve a client session token securely using a short code obtained from an Instant Key URL.

        Args:
            short_code: Short code that you want to exchange for a client session token.
        """
        _body: builtins.dict[str, Any] = {}
        _body["short_code"] = to_json(short_code)
        _response = await self._transport.request(
            "POST",
            "/seam/instant_key/v1/client_sessions/exchange_short_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )


class AsyncSeamInstantKeyV1PreviewResource:
    """Operations on seam instant_key v1 preview (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        instant_key_url: str,
    ) -> models.InstantKeyPreview:
        """Preview Instant Key

        Args:
            instant_key_url: The short code of the instant key to preview.
        """
        _body: builtins.dict[str, Any] = {}
        _body["instant_key_url"] = to_json(instant_key_url)
        _response = await self._transport.request(
            "POST",
            "/seam/instant_key/v1/preview/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.InstantKeyPreview",
            self._transport.parse(
                models.InstantKeyPreview, _response, "instant_key_preview"
            ),
        )


class AsyncSeamInstantKeyV1Resource:
    """Operations on seam instant_key v1 (awaitable)."""

    client_sessions: AsyncSeamInstantKeyV1ClientSessionsResource
    preview: AsyncSeamInstantKeyV1PreviewResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.client_sessions = AsyncSeamInstantKeyV1ClientSessionsResource(transport)
        self.preview = AsyncSeamInstantKeyV1PreviewResource(transport)


class AsyncSeamInstantKeyResource:
    """Operations on seam instant_key (awaitable)."""

    v1: AsyncSeamInstantKeyV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamInstantKeyV1Resource(transport)


class AsyncSeamMcpV1Resource:
    """Operations on seam mcp v1 (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create_ro_token(
        self,
        *,
        workspace_id: str,
        created_by: str | None = None,
    ) -> models.SupportReadOnlyToken:
        """Create Support Read-Only Token

        Mints a short-lived, read-only token bound to a single workspace. Used by the Seam support agent to inspect a customer workspace via read-only public API endpoints.

        Args:
            workspace_id: ID of the workspace the token will be bound to.
            created_by: Identity of the automation minting the token (e.g. an agent session ID), recorded for auditing.
        """
        _body: builtins.dict[str, Any] = {}
        _body["workspace_id"] = to_json(workspace_id)
        if created_by is not None:
            _body["created_by"] = to_json(created_by)
        _response = await self._transport.request(
            "POST",
            "/seam/mcp/v1/create_ro_token",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SupportReadOnlyToken",
            self._transport.parse(
                models.SupportReadOnlyToken, _response, "support_read_only_token"
            ),
        )


class AsyncSeamMcpResource:
    """Operations on seam mcp (awaitable)."""

    v1: AsyncSeamMcpV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamMcpV1Resource(transport)


class AsyncSeamMobileSdkV1AcsCredentialsResource:
    """Operations on seam mobile_sdk v1 acs credentials (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.AcsCredential]:
        """List Credentials

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/seam/mobile_sdk/v1/acs/credentials/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredential]",
            self._transport.parse(
                builtins.list[models.AcsCredential], _response, "acs_credentials"
            ),
        )


class AsyncSeamMobileSdkV1AcsResource:
    """Operations on seam mobile_sdk v1 acs (awaitable)."""

    credentials: AsyncSeamMobileSdkV1AcsCredentialsResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.credentials = AsyncSeamMobileSdkV1AcsCredentialsResource(transport)


class AsyncSeamMobileSdkV1PhoneSessionsResource:
    """Operations on seam mobile_sdk v1 phone_sessions (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get_or_create(
        self,
        *,
        custom_sdk_installation_id: str,
        phone_os: models.PhoneOs | str,
        phone_device_metadata: (
            models.PhoneDeviceMetadata | Mapping[str, Any] | None
        ) = None,
    ) -> models.PhoneSession:
        """Get or Create a Phone Session

        Gets or creates a session for a mobile SDK phone.

        Args:
            custom_sdk_installation_id: ID of the custom SDK installation that you want to use for the new session.
            phone_os: Phone operating system that you want to use for the new session.
            phone_device_metadata: Phone device metadata that you want to use for the new session.
        """
        _body: builtins.dict[str, Any] = {}
        _body["custom_sdk_installation_id"] = to_json(custom_sdk_installation_id)
        _body["phone_os"] = to_json(phone_os)
        if phone_device_metadata is not None:
            _body["phone_device_metadata"] = to_json(phone_device_metadata)
        _response = await self._transport.request(
            "POST",
            "/seam/mobile_sdk/v1/phone_sessions/get_or_create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.PhoneSession",
            self._transport.parse(models.PhoneSession, _response, "phone_session"),
        )


class AsyncSeamMobileSdkV1Resource:
    """Operations on seam mobile_sdk v1 (awaitable)."""

    acs: AsyncSeamMobileSdkV1AcsResource
    phone_sessions: AsyncSeamMobileSdkV1PhoneSessionsResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.acs = AsyncSeamMobileSdkV1AcsResource(transport)
        self.phone_sessions = AsyncSeamMobileSdkV1PhoneSessionsResource(transport)

    @checked
    async def report_salto_space_audit_trail(
        self,
        *,
        acs_system_id: str,
        salto_space_metadata: (
            models.ReportSaltoSpaceAuditTrailRequestSaltoSpaceMetadata
            | Mapping[str, Any]
        ),
    ) -> None:
        """Report Salto Space Audit Trail

        Reports audit trail data from Salto Space mobile SDK.

        Args:
            acs_system_id:
            salto_space_metadata:
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _body["salto_space_metadata"] = to_json(salto_space_metadata)
        await self._transport.request(
            "POST",
            "/seam/mobile_sdk/v1/report_salto_space_audit_trail",
            json=_body,
            authenticated=True,
        )


class AsyncSeamMobileSdkResource:
    """Operations on seam mobile_sdk (awaitable)."""

    v1: AsyncSeamMobileSdkV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamMobileSdkV1Resource(transport)


class AsyncSeamPartnerV1BuildingBlocksSpacesResource:
    """Operations on seam partner v1 building_blocks spaces (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def auto_map(
        self,
        *,
        collection_key: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
    ) -> builtins.list[models.AutoMapResponseSpace]:
        """Do Auto-Mapping for Partner Resources that Map to Spaces

        Auto-maps partner resources that have been pushed to Seam.

        Args:
            collection_key: Collection key.
            connected_account_id: Connected account to scope auto-mapping to. Filters partner resources by the matching connector and limits available devices/entrances to this account.
            customer_key: Customer key for which to auto-map spaces.
        """
        _body: builtins.dict[str, Any] = {}
        if collection_key is not None:
            _body["collection_key"] = to_json(collection_key)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/seam/partner/v1/building_blocks/spaces/auto_map",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AutoMapResponseSpace]",
            self._transport.parse(
                builtins.list[models.AutoMapResponseSpace], _response, "spaces"
            ),
        )


class AsyncSeamPartnerV1BuildingBlocksResource:
    """Operations on seam partner v1 building_blocks (awaitable)."""

    spaces: AsyncSeamPartnerV1BuildingBlocksSpacesResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.spaces = AsyncSeamPartnerV1BuildingBlocksSpacesResource(transport)


class AsyncSeamPartnerV1Resource:
    """Operations on seam partner v1 (awaitable)."""

    building_blocks: AsyncSeamPartnerV1BuildingBlocksResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.building_blocks = AsyncSeamPartnerV1BuildingBlocksResource(transport)


class AsyncSeamPartnerResource:
    """Operations on seam partner (awaitable)."""

    v1: AsyncSeamPartnerV1Resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.v1 = AsyncSeamPartnerV1Resource(transport)


class AsyncSeamWebhooksProviderResource:
    """Operations on seam webhooks provider (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def by_subscription_id(
        self,
        *,
        provider: str,
        subscription_id: str,
        body: Any | None = None,
    ) -> None:
        """Receive a Provider Webhook

        Receives an inbound webhook delivery for a provider subscription.

        Args:
            provider:
            subscription_id:
            body:
        """
        _query: builtins.dict[str, Any] = {}
        _query["provider"] = to_json(provider)
        _query["subscription_id"] = to_json(subscription_id)
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/seam/webhooks/[provider]/[subscription_id]",
            query=_query,
            json=_body,
            authenticated=False,
        )


class AsyncSeamWebhooksResource:
    """Operations on seam webhooks (awaitable)."""

    provider: AsyncSeamWebhooksProviderResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.provider = AsyncSeamWebhooksProviderResource(transport)


class AsyncSeamResource:
    """Operations on seam (awaitable)."""

    bridge: AsyncSeamBridgeResource
    connect_webview: AsyncSeamConnectWebviewResource
    console: AsyncSeamConsoleResource
    customer: AsyncSeamCustomerResource
    instant_key: AsyncSeamInstantKeyResource
    mcp: AsyncSeamMcpResource
    mobile_sdk: AsyncSeamMobileSdkResource
    partner: AsyncSeamPartnerResource
    webhooks: AsyncSeamWebhooksResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.bridge = AsyncSeamBridgeResource(transport)
        self.connect_webview = AsyncSeamConnectWebviewResource(transport)
        self.console = AsyncSeamConsoleResource(transport)
        self.customer = AsyncSeamCustomerResource(transport)
        self.instant_key = AsyncSeamInstantKeyResource(transport)
        self.mcp = AsyncSeamMcpResource(transport)
        self.mobile_sdk = AsyncSeamMobileSdkResource(transport)
        self.partner = AsyncSeamPartnerResource(transport)
        self.webhooks = AsyncSeamWebhooksResource(transport)
