"""The `thermostats` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from typing_extensions import deprecated

from seam_connect import models
from seam_connect._base import (
    NOT_GIVEN,
    AsyncTransport,
    NotGiven,
    Transport,
    checked,
    to_json,
)


class ThermostatsDailyProgramsResource:
    """Operations on thermostats daily_programs."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        device_id: str,
        name: str,
        periods: Sequence[models.Period | Mapping[str, Any]],
    ) -> models.ThermostatDailyProgram:
        """Create a Thermostat Daily Program

        Creates a new thermostat daily program. A daily program consists of a set of periods, where each period includes a start time and the key of a configured climate preset. Once you have defined a daily program, you can assign it to one or more days within a weekly program.

        Args:
            device_id: ID of the thermostat device for which you want to create a daily program.
            name: Name of the thermostat daily program.
            periods: Array of thermostat daily program periods.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["name"] = to_json(name)
        _body["periods"] = to_json(periods)
        _response = self._transport.request(
            "POST",
            "/thermostats/daily_programs/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ThermostatDailyProgram",
            self._transport.parse(
                models.ThermostatDailyProgram, _response, "thermostat_daily_program"
            ),
        )

    @checked
    def delete(
        self,
        *,
        thermostat_daily_program_id: str,
    ) -> None:
        """Delete a Thermostat Daily Program

        Deletes a thermostat daily program.

        Args:
            thermostat_daily_program_id: ID of the thermostat daily program that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_daily_program_id"] = to_json(thermostat_daily_program_id)
        self._transport.request(
            "POST",
            "/thermostats/daily_programs/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        name: str,
        periods: Sequence[models.Period | Mapping[str, Any]],
        thermostat_daily_program_id: str,
    ) -> models.ActionAttempt:
        """Update a Thermostat Daily Program

        Updates a specified thermostat daily program. The periods that you specify overwrite any existing periods for the daily program.

        Args:
            name: Name of the thermostat daily program that you want to update.
            periods: Array of thermostat daily program periods. The periods that you specify overwrite any existing periods for the daily program.
            thermostat_daily_program_id: ID of the thermostat daily program that you want to update.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        _body["periods"] = to_json(periods)
        _body["thermostat_daily_program_id"] = to_json(thermostat_daily_program_id)
        _response = self._transport.request(
            "POST",
            "/thermostats/daily_programs/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class ThermostatsSchedulesResource:
    """Operations on thermostats schedules."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
        ends_at: str,
        starts_at: str,
        is_override_allowed: bool | None = None,
        max_override_period_minutes: int | None | NotGiven = NOT_GIVEN,
        name: str | None = None,
    ) -> models.ThermostatSchedule:
        """Create a Thermostat Schedule

        Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Key of the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) to use for the new thermostat schedule.
            device_id: ID of the thermostat device for which you want to create a schedule.
            ends_at: Date and time at which the new thermostat schedule ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            starts_at: Date and time at which the new thermostat schedule starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            is_override_allowed: Indicates whether a person at the thermostat or using the API can change the thermostat's settings while the new schedule is active. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            max_override_period_minutes: Number of minutes for which a person at the thermostat or using the API can change the thermostat's settings after the activation of the scheduled climate preset. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            name: Name of the thermostat schedule.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        _body["ends_at"] = to_json(ends_at)
        _body["starts_at"] = to_json(starts_at)
        if is_override_allowed is not None:
            _body["is_override_allowed"] = to_json(is_override_allowed)
        if not isinstance(max_override_period_minutes, NotGiven):
            _body["max_override_period_minutes"] = to_json(max_override_period_minutes)
        if name is not None:
            _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/thermostats/schedules/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ThermostatSchedule",
            self._transport.parse(
                models.ThermostatSchedule, _response, "thermostat_schedule"
            ),
        )

    @checked
    def delete(
        self,
        *,
        thermostat_schedule_id: str,
    ) -> None:
        """Delete a Thermostat Schedule

        Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            thermostat_schedule_id: ID of the thermostat schedule that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_schedule_id"] = to_json(thermostat_schedule_id)
        self._transport.request(
            "POST",
            "/thermostats/schedules/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        thermostat_schedule_id: str,
    ) -> models.ThermostatSchedule:
        """Get a Thermostat Schedule

        Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).

        Args:
            thermostat_schedule_id: ID of the thermostat schedule that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_schedule_id"] = to_json(thermostat_schedule_id)
        _response = self._transport.request(
            "POST",
            "/thermostats/schedules/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ThermostatSchedule",
            self._transport.parse(
                models.ThermostatSchedule, _response, "thermostat_schedule"
            ),
        )

    @checked
    def list(
        self,
        *,
        device_id: str,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.ThermostatSchedule]:
        """List Thermostat Schedules

        Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            device_id: ID of the thermostat device for which you want to list schedules.
            user_identifier_key: User identifier key by which to filter the list of returned thermostat schedules.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/thermostats/schedules/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ThermostatSchedule]",
            self._transport.parse(
                builtins.list[models.ThermostatSchedule],
                _response,
                "thermostat_schedules",
            ),
        )

    @checked
    def update(
        self,
        *,
        thermostat_schedule_id: str,
        climate_preset_key: str | None = None,
        ends_at: str | None = None,
        is_override_allowed: bool | None = None,
        max_override_period_minutes: int | None | NotGiven = NOT_GIVEN,
        name: str | None = None,
        starts_at: str | None = None,
    ) -> None:
        """Update a Thermostat Schedule

        Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).

        Args:
            thermostat_schedule_id: ID of the thermostat schedule that you want to update.
            climate_preset_key: Key of the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) to use for the thermostat schedule.
            ends_at: Date and time at which the thermostat schedule ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            is_override_allowed: Indicates whether a person at the thermostat or using the API can change the thermostat's settings while the schedule is active. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            max_override_period_minutes: Number of minutes for which a person at the thermostat or using the API can change the thermostat's settings after the activation of the scheduled climate preset. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            name: Name of the thermostat schedule.
            starts_at: Date and time at which the thermostat schedule starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_schedule_id"] = to_json(thermostat_schedule_id)
        if climate_preset_key is not None:
            _body["climate_preset_key"] = to_json(climate_preset_key)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_override_allowed is not None:
            _body["is_override_allowed"] = to_json(is_override_allowed)
        if not isinstance(max_override_period_minutes, NotGiven):
            _body["max_override_period_minutes"] = to_json(max_override_period_minutes)
        if name is not None:
            _body["name"] = to_json(name)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        self._transport.request(
            "POST",
            "/thermostats/schedules/update",
            json=_body,
            authenticated=True,
        )


class ThermostatsSimulateResource:
    """Operations on thermostats simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def hvac_mode_adjusted(
        self,
        *,
        body: (
            models.HvacModeAdjustedRequestOff
            | models.HvacModeAdjustedRequestCool
            | models.HvacModeAdjustedRequestHeat
            | models.HvacModeAdjustedRequestHeatCool
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """HVAC Mode Adjusted

        Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/thermostats/simulate/hvac_mode_adjusted",
            json=_body,
            authenticated=True,
        )

    @checked
    def temperature_reached(
        self,
        *,
        device_id: str,
        temperature_celsius: float | None = None,
        temperature_fahrenheit: float | None = None,
    ) -> None:
        """Temperature Reached

        Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).

        Args:
            device_id: ID of the thermostat device that you want to simulate reaching a specified temperature.
            temperature_celsius: Temperature in °C that you want simulate the thermostat reaching. You must set `temperature_celsius` or `temperature_fahrenheit`.
            temperature_fahrenheit: Temperature in °F that you want simulate the thermostat reaching. You must set `temperature_fahrenheit` or `temperature_celsius`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if temperature_celsius is not None:
            _body["temperature_celsius"] = to_json(temperature_celsius)
        if temperature_fahrenheit is not None:
            _body["temperature_fahrenheit"] = to_json(temperature_fahrenheit)
        self._transport.request(
            "POST",
            "/thermostats/simulate/temperature_reached",
            json=_body,
            authenticated=True,
        )


class ThermostatsResource:
    """Operations on thermostats."""

    daily_programs: ThermostatsDailyProgramsResource
    schedules: ThermostatsSchedulesResource
    simulate: ThermostatsSimulateResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.daily_programs = ThermostatsDailyProgramsResource(transport)
        self.schedules = ThermostatsSchedulesResource(transport)
        self.simulate = ThermostatsSimulateResource(transport)

    @checked
    def activate_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
    ) -> models.ActionAttempt:
        """Activate a Climate Preset

        Activates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Climate preset key of the climate preset that you want to activate.
            device_id: ID of the thermostat device for which you want to activate a climate preset.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/thermostats/activate_climate_preset",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def cool(
        self,
        *,
        device_id: str,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Cool Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [cool mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to cool mode.
            cooling_set_point_celsius: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            cooling_set_point_fahrenheit: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/thermostats/cool",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def create_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
        climate_preset_mode: models.ClimatePresetMode | str | None = None,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        ecobee_metadata: models.EcobeeMetadata | Mapping[str, Any] | None = None,
        fan_mode_setting: models.FanModeSetting | str | None = None,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        hvac_mode_setting: models.HvacModeSetting | str | None = None,
        manual_override_allowed: bool | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a Climate Preset

        Creates a [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Unique key to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
            device_id: ID of the thermostat device for which you want create a climate preset.
            climate_preset_mode:     The climate preset mode for the thermostat, based on the available climate preset modes reported by the device.
            cooling_set_point_celsius: Temperature to which the thermostat should cool (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            cooling_set_point_fahrenheit: Temperature to which the thermostat should cool (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            ecobee_metadata:     Metadata specific to the Ecobee climate, if applicable.
            fan_mode_setting: Desired [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings), such as `on`, `auto`, or `circulate`.
            heating_set_point_celsius: Temperature to which the thermostat should heat (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            heating_set_point_fahrenheit: Temperature to which the thermostat should heat (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            hvac_mode_setting: Desired [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) setting, such as `heat`, `cool`, `heat_cool`, or `off`.
            manual_override_allowed: Indicates whether a person at the thermostat or using the API can change the thermostat's settings.
            name: User-friendly name to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        if climate_preset_mode is not None:
            _body["climate_preset_mode"] = to_json(climate_preset_mode)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if ecobee_metadata is not None:
            _body["ecobee_metadata"] = to_json(ecobee_metadata)
        if fan_mode_setting is not None:
            _body["fan_mode_setting"] = to_json(fan_mode_setting)
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if hvac_mode_setting is not None:
            _body["hvac_mode_setting"] = to_json(hvac_mode_setting)
        if manual_override_allowed is not None:
            _body["manual_override_allowed"] = to_json(manual_override_allowed)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        self._transport.request(
            "POST",
            "/thermostats/create_climate_preset",
            json=_body,
            authenticated=True,
        )

    @checked
    def delete_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
    ) -> None:
        """Delete a Climate Preset

        Deletes a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Climate preset key of the climate preset that you want to delete.
            device_id: ID of the thermostat device for which you want to delete a climate preset.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/thermostats/delete_climate_preset",
            json=_body,
            authenticated=True,
        )

    @deprecated("`thermostats.get` is deprecated: Use `/devices/get` instead.")
    @checked
    def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.Device:
        """Get a Thermostat

        Deprecated: Use `/devices/get` instead.

        Returns a specified [thermostat](https://docs.seam.co/capability-guides/thermostats). **Deprecated:** Will be removed. Use `/devices/get` instead.

        Args:
            device_id: ID of the thermostat device that you want to get.
            name: Name of the thermostat device that you want to retrieve.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/thermostats/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Device",
            self._transport.parse(models.Device, _response, "thermostat"),
        )

    @checked
    def heat(
        self,
        *,
        device_id: str,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Heat Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to heat mode.
            heating_set_point_celsius: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            heating_set_point_fahrenheit: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/thermostats/heat",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def heat_cool(
        self,
        *,
        device_id: str,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Heat-Cool (Auto) Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat-cool ("auto") mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to heat-cool mode.
            cooling_set_point_celsius: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            cooling_set_point_fahrenheit: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            heating_set_point_celsius: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            heating_set_point_fahrenheit: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/thermostats/heat_cool",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.ThermostatsListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.ThermostatsListRequestDeviceType | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.ThermostatsListRequestManufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Thermostats

        Returns a list of all [thermostats](https://docs.seam.co/capability-guides/thermostats).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type by which you want to filter thermostat devices.
            device_types: Array of device types by which you want to filter thermostat devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer by which you want to filter thermostat devices.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if device_type is not None:
            _body["device_type"] = to_json(device_type)
        if device_types is not None:
            _body["device_types"] = to_json(device_types)
        if exclude_if is not None:
            _body["exclude_if"] = to_json(exclude_if)
        if include_if is not None:
            _body["include_if"] = to_json(include_if)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if manufacturer is not None:
            _body["manufacturer"] = to_json(manufacturer)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if not isinstance(unstable_location_id, NotGiven):
            _body["unstable_location_id"] = to_json(unstable_location_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/thermostats/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    def off(
        self,
        *,
        device_id: str,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Off Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to ["off" mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to off mode.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/thermostats/off",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def set_fallback_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
    ) -> None:
        """Set the Fallback Climate Preset

        Sets a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) as the ["fallback"](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) preset for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Climate preset key of the climate preset that you want to set as the fallback climate preset.
            device_id: ID of the thermostat device for which you want to set the fallback climate preset.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/thermostats/set_fallback_climate_preset",
            json=_body,
            authenticated=True,
        )

    @checked
    def set_fan_mode(
        self,
        *,
        device_id: str,
        fan_mode: models.SetFanModeRequestFanMode | str | None = None,
        fan_mode_setting: models.FanModeSetting | str | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set the Fan Mode Setting

        Sets the [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            device_id: ID of the thermostat device for which you want to set the fan mode.
            fan_mode: Fan mode setting for the thermostat, such as `auto`, `on`, or `circulate`.
            fan_mode_setting: [Fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) that you want to set for the thermostat.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if fan_mode is not None:
            _body["fan_mode"] = to_json(fan_mode)
        if fan_mode_setting is not None:
            _body["fan_mode_setting"] = to_json(fan_mode_setting)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/thermostats/set_fan_mode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def set_hvac_mode(
        self,
        *,
        body: (
            models.SetHvacModeRequestOff
            | models.SetHvacModeRequestCool
            | models.SetHvacModeRequestHeat
            | models.SetHvacModeRequestHeatCool
            | models.SetHvacModeRequestEco
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.ActionAttempt:
        """Set the HVAC Mode

        Sets the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/thermostats/set_hvac_mode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def set_temperature_threshold(
        self,
        *,
        device_id: str,
        lower_limit_celsius: float | None | NotGiven = NOT_GIVEN,
        lower_limit_fahrenheit: float | None | NotGiven = NOT_GIVEN,
        upper_limit_celsius: float | None | NotGiven = NOT_GIVEN,
        upper_limit_fahrenheit: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set a Temperature Threshold

        Sets a [temperature threshold](https://docs.seam.co/capability-guides/thermostats/setting-and-monitoring-temperature-thresholds) for a specified thermostat. Seam emits a `thermostat.temperature_threshold_exceeded` event and adds a warning on a thermostat if it reports a temperature outside the threshold range.

        Args:
            device_id: ID of the thermostat device for which you want to set a temperature threshold.
            lower_limit_celsius: Lower temperature limit in in °C. Seam alerts you if the reported temperature is lower than this value. You can specify either `lower_limit` but not both.
            lower_limit_fahrenheit: Lower temperature limit in in °F. Seam alerts you if the reported temperature is lower than this value. You can specify either `lower_limit` but not both.
            upper_limit_celsius: Upper temperature limit in in °C. Seam alerts you if the reported temperature is higher than this value. You can specify either `upper_limit` but not both.
            upper_limit_fahrenheit: Upper temperature limit in in °C. Seam alerts you if the reported temperature is higher than this value. You can specify either `upper_limit` but not both.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if not isinstance(lower_limit_celsius, NotGiven):
            _body["lower_limit_celsius"] = to_json(lower_limit_celsius)
        if not isinstance(lower_limit_fahrenheit, NotGiven):
            _body["lower_limit_fahrenheit"] = to_json(lower_limit_fahrenheit)
        if not isinstance(upper_limit_celsius, NotGiven):
            _body["upper_limit_celsius"] = to_json(upper_limit_celsius)
        if not isinstance(upper_limit_fahrenheit, NotGiven):
            _body["upper_limit_fahrenheit"] = to_json(upper_limit_fahrenheit)
        self._transport.request(
            "POST",
            "/thermostats/set_temperature_threshold",
            json=_body,
            authenticated=True,
        )

    @checked
    def update_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
        climate_preset_mode: models.ClimatePresetMode | str | None = None,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        ecobee_metadata: models.EcobeeMetadata | Mapping[str, Any] | None = None,
        fan_mode_setting: models.FanModeSetting | str | None = None,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        hvac_mode_setting: models.HvacModeSetting | str | None = None,
        manual_override_allowed: bool | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a Climate Preset

        Updates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Unique key to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
            device_id: ID of the thermostat device for which you want to update a climate preset.
            climate_preset_mode:     The climate preset mode for the thermostat, based on the available climate preset modes reported by the device.
            cooling_set_point_celsius: Temperature to which the thermostat should cool (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            cooling_set_point_fahrenheit: Temperature to which the thermostat should cool (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            ecobee_metadata:     Metadata specific to the Ecobee climate, if applicable.
            fan_mode_setting: Desired [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings), such as `on`, `auto`, or `circulate`.
            heating_set_point_celsius: Temperature to which the thermostat should heat (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            heating_set_point_fahrenheit: Temperature to which the thermostat should heat (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            hvac_mode_setting: Desired [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) setting, such as `heat`, `cool`, `heat_cool`, or `off`.
            manual_override_allowed: Indicates whether a person at the thermostat can change the thermostat's settings. See [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            name: User-friendly name to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        if climate_preset_mode is not None:
            _body["climate_preset_mode"] = to_json(climate_preset_mode)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if ecobee_metadata is not None:
            _body["ecobee_metadata"] = to_json(ecobee_metadata)
        if fan_mode_setting is not None:
            _body["fan_mode_setting"] = to_json(fan_mode_setting)
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if hvac_mode_setting is not None:
            _body["hvac_mode_setting"] = to_json(hvac_mode_setting)
        if manual_override_allowed is not None:
            _body["manual_override_allowed"] = to_json(manual_override_allowed)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        self._transport.request(
            "POST",
            "/thermostats/update_climate_preset",
            json=_body,
            authenticated=True,
        )

    @checked
    def update_weekly_program(
        self,
        *,
        device_id: str,
        friday_program_id: str | None | NotGiven = NOT_GIVEN,
        monday_program_id: str | None | NotGiven = NOT_GIVEN,
        saturday_program_id: str | None | NotGiven = NOT_GIVEN,
        sunday_program_id: str | None | NotGiven = NOT_GIVEN,
        thursday_program_id: str | None | NotGiven = NOT_GIVEN,
        tuesday_program_id: str | None | NotGiven = NOT_GIVEN,
        wednesday_program_id: str | None | NotGiven = NOT_GIVEN,
    ) -> models.ActionAttempt:
        """Update the Thermostat Weekly Program

        Updates the thermostat weekly program for a thermostat device. To configure a weekly program, specify the ID of the daily program that you want to use for each day of the week. When you update a weekly program, the set of programs that you specify overwrites any previous weekly program for the thermostat.

        Args:
            device_id: ID of the thermostat device for which you want to update the weekly program.
            friday_program_id: ID of the thermostat daily program to run on Fridays.
            monday_program_id: ID of the thermostat daily program to run on Mondays.
            saturday_program_id: ID of the thermostat daily program to run on Saturdays.
            sunday_program_id: ID of the thermostat daily program to run on Sundays.
            thursday_program_id: ID of the thermostat daily program to run on Thursdays.
            tuesday_program_id: ID of the thermostat daily program to run on Tuesdays.
            wednesday_program_id: ID of the thermostat daily program to run on Wednesdays.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if not isinstance(friday_program_id, NotGiven):
            _body["friday_program_id"] = to_json(friday_program_id)
        if not isinstance(monday_program_id, NotGiven):
            _body["monday_program_id"] = to_json(monday_program_id)
        if not isinstance(saturday_program_id, NotGiven):
            _body["saturday_program_id"] = to_json(saturday_program_id)
        if not isinstance(sunday_program_id, NotGiven):
            _body["sunday_program_id"] = to_json(sunday_program_id)
        if not isinstance(thursday_program_id, NotGiven):
            _body["thursday_program_id"] = to_json(thursday_program_id)
        if not isinstance(tuesday_program_id, NotGiven):
            _body["tuesday_program_id"] = to_json(tuesday_program_id)
        if not isinstance(wednesday_program_id, NotGiven):
            _body["wednesday_program_id"] = to_json(wednesday_program_id)
        _response = self._transport.request(
            "POST",
            "/thermostats/update_weekly_program",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncThermostatsDailyProgramsResource:
    """Operations on thermostats daily_programs (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        device_id: str,
        name: str,
        periods: Sequence[models.Period | Mapping[str, Any]],
    ) -> models.ThermostatDailyProgram:
        """Create a Thermostat Daily Program

        Creates a new thermostat daily program. A daily program consists of a set of periods, where each period includes a start time and the key of a configured climate preset. Once you have defined a daily program, you can assign it to one or more days within a weekly program.

        Args:
            device_id: ID of the thermostat device for which you want to create a daily program.
            name: Name of the thermostat daily program.
            periods: Array of thermostat daily program periods.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["name"] = to_json(name)
        _body["periods"] = to_json(periods)
        _response = await self._transport.request(
            "POST",
            "/thermostats/daily_programs/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ThermostatDailyProgram",
            self._transport.parse(
                models.ThermostatDailyProgram, _response, "thermostat_daily_program"
            ),
        )

    @checked
    async def delete(
        self,
        *,
        thermostat_daily_program_id: str,
    ) -> None:
        """Delete a Thermostat Daily Program

        Deletes a thermostat daily program.

        Args:
            thermostat_daily_program_id: ID of the thermostat daily program that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_daily_program_id"] = to_json(thermostat_daily_program_id)
        await self._transport.request(
            "POST",
            "/thermostats/daily_programs/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        name: str,
        periods: Sequence[models.Period | Mapping[str, Any]],
        thermostat_daily_program_id: str,
    ) -> models.ActionAttempt:
        """Update a Thermostat Daily Program

        Updates a specified thermostat daily program. The periods that you specify overwrite any existing periods for the daily program.

        Args:
            name: Name of the thermostat daily program that you want to update.
            periods: Array of thermostat daily program periods. The periods that you specify overwrite any existing periods for the daily program.
            thermostat_daily_program_id: ID of the thermostat daily program that you want to update.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        _body["periods"] = to_json(periods)
        _body["thermostat_daily_program_id"] = to_json(thermostat_daily_program_id)
        _response = await self._transport.request(
            "POST",
            "/thermostats/daily_programs/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncThermostatsSchedulesResource:
    """Operations on thermostats schedules (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
        ends_at: str,
        starts_at: str,
        is_override_allowed: bool | None = None,
        max_override_period_minutes: int | None | NotGiven = NOT_GIVEN,
        name: str | None = None,
    ) -> models.ThermostatSchedule:
        """Create a Thermostat Schedule

        Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Key of the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) to use for the new thermostat schedule.
            device_id: ID of the thermostat device for which you want to create a schedule.
            ends_at: Date and time at which the new thermostat schedule ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            starts_at: Date and time at which the new thermostat schedule starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            is_override_allowed: Indicates whether a person at the thermostat or using the API can change the thermostat's settings while the new schedule is active. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            max_override_period_minutes: Number of minutes for which a person at the thermostat or using the API can change the thermostat's settings after the activation of the scheduled climate preset. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            name: Name of the thermostat schedule.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        _body["ends_at"] = to_json(ends_at)
        _body["starts_at"] = to_json(starts_at)
        if is_override_allowed is not None:
            _body["is_override_allowed"] = to_json(is_override_allowed)
        if not isinstance(max_override_period_minutes, NotGiven):
            _body["max_override_period_minutes"] = to_json(max_override_period_minutes)
        if name is not None:
            _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/thermostats/schedules/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ThermostatSchedule",
            self._transport.parse(
                models.ThermostatSchedule, _response, "thermostat_schedule"
            ),
        )

    @checked
    async def delete(
        self,
        *,
        thermostat_schedule_id: str,
    ) -> None:
        """Delete a Thermostat Schedule

        Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            thermostat_schedule_id: ID of the thermostat schedule that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_schedule_id"] = to_json(thermostat_schedule_id)
        await self._transport.request(
            "POST",
            "/thermostats/schedules/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        thermostat_schedule_id: str,
    ) -> models.ThermostatSchedule:
        """Get a Thermostat Schedule

        Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).

        Args:
            thermostat_schedule_id: ID of the thermostat schedule that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_schedule_id"] = to_json(thermostat_schedule_id)
        _response = await self._transport.request(
            "POST",
            "/thermostats/schedules/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ThermostatSchedule",
            self._transport.parse(
                models.ThermostatSchedule, _response, "thermostat_schedule"
            ),
        )

    @checked
    async def list(
        self,
        *,
        device_id: str,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.ThermostatSchedule]:
        """List Thermostat Schedules

        Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            device_id: ID of the thermostat device for which you want to list schedules.
            user_identifier_key: User identifier key by which to filter the list of returned thermostat schedules.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/thermostats/schedules/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ThermostatSchedule]",
            self._transport.parse(
                builtins.list[models.ThermostatSchedule],
                _response,
                "thermostat_schedules",
            ),
        )

    @checked
    async def update(
        self,
        *,
        thermostat_schedule_id: str,
        climate_preset_key: str | None = None,
        ends_at: str | None = None,
        is_override_allowed: bool | None = None,
        max_override_period_minutes: int | None | NotGiven = NOT_GIVEN,
        name: str | None = None,
        starts_at: str | None = None,
    ) -> None:
        """Update a Thermostat Schedule

        Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).

        Args:
            thermostat_schedule_id: ID of the thermostat schedule that you want to update.
            climate_preset_key: Key of the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) to use for the thermostat schedule.
            ends_at: Date and time at which the thermostat schedule ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            is_override_allowed: Indicates whether a person at the thermostat or using the API can change the thermostat's settings while the schedule is active. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            max_override_period_minutes: Number of minutes for which a person at the thermostat or using the API can change the thermostat's settings after the activation of the scheduled climate preset. See also [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            name: Name of the thermostat schedule.
            starts_at: Date and time at which the thermostat schedule starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        _body["thermostat_schedule_id"] = to_json(thermostat_schedule_id)
        if climate_preset_key is not None:
            _body["climate_preset_key"] = to_json(climate_preset_key)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_override_allowed is not None:
            _body["is_override_allowed"] = to_json(is_override_allowed)
        if not isinstance(max_override_period_minutes, NotGiven):
            _body["max_override_period_minutes"] = to_json(max_override_period_minutes)
        if name is not None:
            _body["name"] = to_json(name)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        await self._transport.request(
            "POST",
            "/thermostats/schedules/update",
            json=_body,
            authenticated=True,
        )


class AsyncThermostatsSimulateResource:
    """Operations on thermostats simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def hvac_mode_adjusted(
        self,
        *,
        body: (
            models.HvacModeAdjustedRequestOff
            | models.HvacModeAdjustedRequestCool
            | models.HvacModeAdjustedRequestHeat
            | models.HvacModeAdjustedRequestHeatCool
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """HVAC Mode Adjusted

        Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/thermostats/simulate/hvac_mode_adjusted",
            json=_body,
            authenticated=True,
        )

    @checked
    async def temperature_reached(
        self,
        *,
        device_id: str,
        temperature_celsius: float | None = None,
        temperature_fahrenheit: float | None = None,
    ) -> None:
        """Temperature Reached

        Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).

        Args:
            device_id: ID of the thermostat device that you want to simulate reaching a specified temperature.
            temperature_celsius: Temperature in °C that you want simulate the thermostat reaching. You must set `temperature_celsius` or `temperature_fahrenheit`.
            temperature_fahrenheit: Temperature in °F that you want simulate the thermostat reaching. You must set `temperature_fahrenheit` or `temperature_celsius`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if temperature_celsius is not None:
            _body["temperature_celsius"] = to_json(temperature_celsius)
        if temperature_fahrenheit is not None:
            _body["temperature_fahrenheit"] = to_json(temperature_fahrenheit)
        await self._transport.request(
            "POST",
            "/thermostats/simulate/temperature_reached",
            json=_body,
            authenticated=True,
        )


class AsyncThermostatsResource:
    """Operations on thermostats (awaitable)."""

    daily_programs: AsyncThermostatsDailyProgramsResource
    schedules: AsyncThermostatsSchedulesResource
    simulate: AsyncThermostatsSimulateResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.daily_programs = AsyncThermostatsDailyProgramsResource(transport)
        self.schedules = AsyncThermostatsSchedulesResource(transport)
        self.simulate = AsyncThermostatsSimulateResource(transport)

    @checked
    async def activate_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
    ) -> models.ActionAttempt:
        """Activate a Climate Preset

        Activates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Climate preset key of the climate preset that you want to activate.
            device_id: ID of the thermostat device for which you want to activate a climate preset.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/thermostats/activate_climate_preset",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def cool(
        self,
        *,
        device_id: str,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Cool Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [cool mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to cool mode.
            cooling_set_point_celsius: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            cooling_set_point_fahrenheit: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/thermostats/cool",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def create_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
        climate_preset_mode: models.ClimatePresetMode | str | None = None,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        ecobee_metadata: models.EcobeeMetadata | Mapping[str, Any] | None = None,
        fan_mode_setting: models.FanModeSetting | str | None = None,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        hvac_mode_setting: models.HvacModeSetting | str | None = None,
        manual_override_allowed: bool | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a Climate Preset

        Creates a [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Unique key to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
            device_id: ID of the thermostat device for which you want create a climate preset.
            climate_preset_mode:     The climate preset mode for the thermostat, based on the available climate preset modes reported by the device.
            cooling_set_point_celsius: Temperature to which the thermostat should cool (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            cooling_set_point_fahrenheit: Temperature to which the thermostat should cool (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            ecobee_metadata:     Metadata specific to the Ecobee climate, if applicable.
            fan_mode_setting: Desired [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings), such as `on`, `auto`, or `circulate`.
            heating_set_point_celsius: Temperature to which the thermostat should heat (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            heating_set_point_fahrenheit: Temperature to which the thermostat should heat (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            hvac_mode_setting: Desired [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) setting, such as `heat`, `cool`, `heat_cool`, or `off`.
            manual_override_allowed: Indicates whether a person at the thermostat or using the API can change the thermostat's settings.
            name: User-friendly name to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        if climate_preset_mode is not None:
            _body["climate_preset_mode"] = to_json(climate_preset_mode)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if ecobee_metadata is not None:
            _body["ecobee_metadata"] = to_json(ecobee_metadata)
        if fan_mode_setting is not None:
            _body["fan_mode_setting"] = to_json(fan_mode_setting)
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if hvac_mode_setting is not None:
            _body["hvac_mode_setting"] = to_json(hvac_mode_setting)
        if manual_override_allowed is not None:
            _body["manual_override_allowed"] = to_json(manual_override_allowed)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        await self._transport.request(
            "POST",
            "/thermostats/create_climate_preset",
            json=_body,
            authenticated=True,
        )

    @checked
    async def delete_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
    ) -> None:
        """Delete a Climate Preset

        Deletes a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Climate preset key of the climate preset that you want to delete.
            device_id: ID of the thermostat device for which you want to delete a climate preset.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/thermostats/delete_climate_preset",
            json=_body,
            authenticated=True,
        )

    @deprecated("`thermostats.get` is deprecated: Use `/devices/get` instead.")
    @checked
    async def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.Device:
        """Get a Thermostat

        Deprecated: Use `/devices/get` instead.

        Returns a specified [thermostat](https://docs.seam.co/capability-guides/thermostats). **Deprecated:** Will be removed. Use `/devices/get` instead.

        Args:
            device_id: ID of the thermostat device that you want to get.
            name: Name of the thermostat device that you want to retrieve.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/thermostats/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Device",
            self._transport.parse(models.Device, _response, "thermostat"),
        )

    @checked
    async def heat(
        self,
        *,
        device_id: str,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Heat Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to heat mode.
            heating_set_point_celsius: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            heating_set_point_fahrenheit: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/thermostats/heat",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def heat_cool(
        self,
        *,
        device_id: str,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Heat-Cool (Auto) Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat-cool ("auto") mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to heat-cool mode.
            cooling_set_point_celsius: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            cooling_set_point_fahrenheit: [Cooling set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `cooling_set_point` parameters.
            heating_set_point_celsius: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °C that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            heating_set_point_fahrenheit: [Heating set point](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points) in °F that you want to set for the thermostat. You must set one of the `heating_set_point` parameters.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/thermostats/heat_cool",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.ThermostatsListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.ThermostatsListRequestDeviceType | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.ThermostatsListRequestManufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Thermostats

        Returns a list of all [thermostats](https://docs.seam.co/capability-guides/thermostats).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type by which you want to filter thermostat devices.
            device_types: Array of device types by which you want to filter thermostat devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer by which you want to filter thermostat devices.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if device_type is not None:
            _body["device_type"] = to_json(device_type)
        if device_types is not None:
            _body["device_types"] = to_json(device_types)
        if exclude_if is not None:
            _body["exclude_if"] = to_json(exclude_if)
        if include_if is not None:
            _body["include_if"] = to_json(include_if)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if manufacturer is not None:
            _body["manufacturer"] = to_json(manufacturer)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if not isinstance(unstable_location_id, NotGiven):
            _body["unstable_location_id"] = to_json(unstable_location_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/thermostats/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    async def off(
        self,
        *,
        device_id: str,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set to Off Mode

        Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to ["off" mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).

        Args:
            device_id: ID of the thermostat device that you want to set to off mode.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/thermostats/off",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def set_fallback_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
    ) -> None:
        """Set the Fallback Climate Preset

        Sets a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) as the ["fallback"](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) preset for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Climate preset key of the climate preset that you want to set as the fallback climate preset.
            device_id: ID of the thermostat device for which you want to set the fallback climate preset.
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/thermostats/set_fallback_climate_preset",
            json=_body,
            authenticated=True,
        )

    @checked
    async def set_fan_mode(
        self,
        *,
        device_id: str,
        fan_mode: models.SetFanModeRequestFanMode | str | None = None,
        fan_mode_setting: models.FanModeSetting | str | None = None,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Set the Fan Mode Setting

        Sets the [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            device_id: ID of the thermostat device for which you want to set the fan mode.
            fan_mode: Fan mode setting for the thermostat, such as `auto`, `on`, or `circulate`.
            fan_mode_setting: [Fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) that you want to set for the thermostat.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if fan_mode is not None:
            _body["fan_mode"] = to_json(fan_mode)
        if fan_mode_setting is not None:
            _body["fan_mode_setting"] = to_json(fan_mode_setting)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/thermostats/set_fan_mode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def set_hvac_mode(
        self,
        *,
        body: (
            models.SetHvacModeRequestOff
            | models.SetHvacModeRequestCool
            | models.SetHvacModeRequestHeat
            | models.SetHvacModeRequestHeatCool
            | models.SetHvacModeRequestEco
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.ActionAttempt:
        """Set the HVAC Mode

        Sets the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/thermostats/set_hvac_mode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def set_temperature_threshold(
        self,
        *,
        device_id: str,
        lower_limit_celsius: float | None | NotGiven = NOT_GIVEN,
        lower_limit_fahrenheit: float | None | NotGiven = NOT_GIVEN,
        upper_limit_celsius: float | None | NotGiven = NOT_GIVEN,
        upper_limit_fahrenheit: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set a Temperature Threshold

        Sets a [temperature threshold](https://docs.seam.co/capability-guides/thermostats/setting-and-monitoring-temperature-thresholds) for a specified thermostat. Seam emits a `thermostat.temperature_threshold_exceeded` event and adds a warning on a thermostat if it reports a temperature outside the threshold range.

        Args:
            device_id: ID of the thermostat device for which you want to set a temperature threshold.
            lower_limit_celsius: Lower temperature limit in in °C. Seam alerts you if the reported temperature is lower than this value. You can specify either `lower_limit` but not both.
            lower_limit_fahrenheit: Lower temperature limit in in °F. Seam alerts you if the reported temperature is lower than this value. You can specify either `lower_limit` but not both.
            upper_limit_celsius: Upper temperature limit in in °C. Seam alerts you if the reported temperature is higher than this value. You can specify either `upper_limit` but not both.
            upper_limit_fahrenheit: Upper temperature limit in in °C. Seam alerts you if the reported temperature is higher than this value. You can specify either `upper_limit` but not both.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if not isinstance(lower_limit_celsius, NotGiven):
            _body["lower_limit_celsius"] = to_json(lower_limit_celsius)
        if not isinstance(lower_limit_fahrenheit, NotGiven):
            _body["lower_limit_fahrenheit"] = to_json(lower_limit_fahrenheit)
        if not isinstance(upper_limit_celsius, NotGiven):
            _body["upper_limit_celsius"] = to_json(upper_limit_celsius)
        if not isinstance(upper_limit_fahrenheit, NotGiven):
            _body["upper_limit_fahrenheit"] = to_json(upper_limit_fahrenheit)
        await self._transport.request(
            "POST",
            "/thermostats/set_temperature_threshold",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update_climate_preset(
        self,
        *,
        climate_preset_key: str,
        device_id: str,
        climate_preset_mode: models.ClimatePresetMode | str | None = None,
        cooling_set_point_celsius: float | None = None,
        cooling_set_point_fahrenheit: float | None = None,
        ecobee_metadata: models.EcobeeMetadata | Mapping[str, Any] | None = None,
        fan_mode_setting: models.FanModeSetting | str | None = None,
        heating_set_point_celsius: float | None = None,
        heating_set_point_fahrenheit: float | None = None,
        hvac_mode_setting: models.HvacModeSetting | str | None = None,
        manual_override_allowed: bool | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a Climate Preset

        Updates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).

        Args:
            climate_preset_key: Unique key to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
            device_id: ID of the thermostat device for which you want to update a climate preset.
            climate_preset_mode:     The climate preset mode for the thermostat, based on the available climate preset modes reported by the device.
            cooling_set_point_celsius: Temperature to which the thermostat should cool (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            cooling_set_point_fahrenheit: Temperature to which the thermostat should cool (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            ecobee_metadata:     Metadata specific to the Ecobee climate, if applicable.
            fan_mode_setting: Desired [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings), such as `on`, `auto`, or `circulate`.
            heating_set_point_celsius: Temperature to which the thermostat should heat (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            heating_set_point_fahrenheit: Temperature to which the thermostat should heat (in °F). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).
            hvac_mode_setting: Desired [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) setting, such as `heat`, `cool`, `heat_cool`, or `off`.
            manual_override_allowed: Indicates whether a person at the thermostat can change the thermostat's settings. See [Specifying Manual Override Permissions](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules#specifying-manual-override-permissions).
            name: User-friendly name to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).
        """
        _body: builtins.dict[str, Any] = {}
        _body["climate_preset_key"] = to_json(climate_preset_key)
        _body["device_id"] = to_json(device_id)
        if climate_preset_mode is not None:
            _body["climate_preset_mode"] = to_json(climate_preset_mode)
        if cooling_set_point_celsius is not None:
            _body["cooling_set_point_celsius"] = to_json(cooling_set_point_celsius)
        if cooling_set_point_fahrenheit is not None:
            _body["cooling_set_point_fahrenheit"] = to_json(
                cooling_set_point_fahrenheit
            )
        if ecobee_metadata is not None:
            _body["ecobee_metadata"] = to_json(ecobee_metadata)
        if fan_mode_setting is not None:
            _body["fan_mode_setting"] = to_json(fan_mode_setting)
        if heating_set_point_celsius is not None:
            _body["heating_set_point_celsius"] = to_json(heating_set_point_celsius)
        if heating_set_point_fahrenheit is not None:
            _body["heating_set_point_fahrenheit"] = to_json(
                heating_set_point_fahrenheit
            )
        if hvac_mode_setting is not None:
            _body["hvac_mode_setting"] = to_json(hvac_mode_setting)
        if manual_override_allowed is not None:
            _body["manual_override_allowed"] = to_json(manual_override_allowed)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        await self._transport.request(
            "POST",
            "/thermostats/update_climate_preset",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update_weekly_program(
        self,
        *,
        device_id: str,
        friday_program_id: str | None | NotGiven = NOT_GIVEN,
        monday_program_id: str | None | NotGiven = NOT_GIVEN,
        saturday_program_id: str | None | NotGiven = NOT_GIVEN,
        sunday_program_id: str | None | NotGiven = NOT_GIVEN,
        thursday_program_id: str | None | NotGiven = NOT_GIVEN,
        tuesday_program_id: str | None | NotGiven = NOT_GIVEN,
        wednesday_program_id: str | None | NotGiven = NOT_GIVEN,
    ) -> models.ActionAttempt:
        """Update the Thermostat Weekly Program

        Updates the thermostat weekly program for a thermostat device. To configure a weekly program, specify the ID of the daily program that you want to use for each day of the week. When you update a weekly program, the set of programs that you specify overwrites any previous weekly program for the thermostat.

        Args:
            device_id: ID of the thermostat device for which you want to update the weekly program.
            friday_program_id: ID of the thermostat daily program to run on Fridays.
            monday_program_id: ID of the thermostat daily program to run on Mondays.
            saturday_program_id: ID of the thermostat daily program to run on Saturdays.
            sunday_program_id: ID of the thermostat daily program to run on Sundays.
            thursday_program_id: ID of the thermostat daily program to run on Thursdays.
            tuesday_program_id: ID of the thermostat daily program to run on Tuesdays.
            wednesday_program_id: ID of the thermostat daily program to run on Wednesdays.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if not isinstance(friday_program_id, NotGiven):
            _body["friday_program_id"] = to_json(friday_program_id)
        if not isinstance(monday_program_id, NotGiven):
            _body["monday_program_id"] = to_json(monday_program_id)
        if not isinstance(saturday_program_id, NotGiven):
            _body["saturday_program_id"] = to_json(saturday_program_id)
        if not isinstance(sunday_program_id, NotGiven):
            _body["sunday_program_id"] = to_json(sunday_program_id)
        if not isinstance(thursday_program_id, NotGiven):
            _body["thursday_program_id"] = to_json(thursday_program_id)
        if not isinstance(tuesday_program_id, NotGiven):
            _body["tuesday_program_id"] = to_json(tuesday_program_id)
        if not isinstance(wednesday_program_id, NotGiven):
            _body["wednesday_program_id"] = to_json(wednesday_program_id)
        _response = await self._transport.request(
            "POST",
            "/thermostats/update_weekly_program",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )
