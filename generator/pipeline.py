"""The whole pipeline for one target: load -> build -> render -> format, giving file bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from generator.background import Pending, Worker, halves
from generator.build import build_api
from generator.build_trace import FragmentDigests, Provenance, Recorder
from generator.config import TargetConfig, load_config
from generator.coverage import coverage
from generator.errors import SpecError
from generator.fingerprint import inputs_fingerprint, tool_fingerprint
from generator.format import EarlierFormatting, format_files, formatter_key, start_worker
from generator.history import (
    CHANGELOG,
    Previous,
    Since,
    changelog,
    has_previous,
    read_previous,
    since_last_generation,
    snapshot_files,
)
from generator.load import load_spec
from generator.model import Api
from generator.model_store import StoreKey, config_digest, read_store, store_files
from generator.pieces import CutModule
from generator.render.common import Deferred, Inputs, Lazy, Pieced
from generator.render.docs import render_docs
from generator.render.python_client import (
    Recalled,
    package_view,
    python_client_modules,
    python_client_package_files,
)
from generator.targets import Rendered, Target
from generator.timing import phase
from generator.validate import validate
from generator.write import Manifest


def render_target(target: Target, manifest: Manifest | None = None) -> Rendered:
    """Everything a target's output folder should hold, in memory; nothing is written here.
    `manifest`: the output folder's, where it was read already."""
    config = load_config(target.config)
    if not target.spec.exists():
        raise SpecError(target.spec, "", "file not found")
    if manifest is None:
        manifest = Manifest.read(target.out_dir)
    # black is imported by the process that will format, started now, small, while this one
    # loads, builds and renders.
    with start_worker() as black_worker:
        with phase(f"{target.name}: load"):
            doc = load_spec(target.spec, validate=False)
        # Validation reads the document and says only whether and where it is wrong: it runs on
        # another core while this one builds and renders. Its error, if it finds one, is the one
        # reported (as when validation ran first), whatever went wrong here meanwhile. Its result
        # is wanted last: a whole document's validation (seconds on GitHub's) yields the CPU to
        # this process and the render child; that of the fragments a change touched, a small
        # job, does not, lest it be what the end of a regeneration waits for.
        validation = Pending(validate, doc, manifest.validated, nice=10 if manifest.validated is None else 0)
        try:
            # Where there is a last generation, its model is wanted for the diff: built from
            # its snapshot in a child, beside rendering, taking over every unit of this build
            # (an operation, a component) that the change left as it was.
            # the last generation's snapshot is under the name of the file it read, which may
            # not be this one's (a new release's file beside the old, named in the config)
            last_spec = manifest.spec_root or target.spec.name
            # what each unit of the build read: for the diff's last model (below), and to key
            # the files made from the model by what they are made of (see `Inputs`)
            recorder = Recorder(doc.root_file)
            with phase(f"{target.name}: model") as notes:
                # the last build's units, kept in the output folder: each one whose inputs are
                # as they were is taken over, not built (see model_store.py)
                fragments = FragmentDigests(doc.root, doc.exactly_json)
                store_key = StoreKey(tool_fingerprint(), config_digest(config), doc.exactly_json)
                stored = read_store(target.out_dir, store_key, fragments, manifest.files)
                api = build_api(doc, config, recorder=recorder, reuse=stored)
                provenance = Provenance(recorder.units, fragments)
                inputs = Inputs(api, config, provenance, tool_fingerprint(), manifest.view_keys)
                taken = len(stored.taken) if stored else 0
                notes.append(f"{taken} of {len(recorder.units)} units taken over from the store")
                # Encoding a unit costs a quarter of building it: where most are new (a first
                # generation), a child encodes them beside rendering.
                encode_store = partial(store_files, recorder.units, fragments, store_key, stored, provenance)
                mostly_built = taken < len(recorder.units) // 2  # a first generation, or most of the spec changed
                store_pending = Pending(encode_store) if mostly_built else None
                store_made = encode_store() if store_pending is None else None
                fragments.let_go()
                # read_store checked the files on disk against the manifest's digests of them
                on_disk_as_recorded = stored.paths if stored is not None else frozenset()
                del stored, encode_store
            previous = has_previous(target.out_dir, last_spec, manifest.version)
            this_build = (recorder.units, doc.root, api) if previous else None
            del recorder  # its records are for the diff child alone now, and only where there is a last generation
            last = partial(read_previous, target.out_dir, last_spec, config, manifest.version, this_build, manifest.files)
            with Pending(_since, last, config, api) as since_pending:
                snapshot = snapshot_files(doc)
                fingerprint = inputs_fingerprint(sorted(doc.files), doc.root_file, target.config)
                # The parsed document is the largest thing held (90 MB for GitHub's), and not needed
                # here now. Where most of the model was built, most files are rendered: it is let
                # go first. Where most was taken over, few are, and it is held till the process
                # ends, which frees nothing (see __main__): freeing it took 70 ms of GitHub's run.
                held = None if mostly_built else doc
                del doc, this_build, last
                rendered = _render(target, config, manifest, api, inputs, snapshot, fingerprint, black_worker, since_pending)
                store, store_as_read = store_made if store_made is not None else store_pending.result()  # type: ignore[union-attr]
                rendered.files.update(store)
                rendered = replace(
                    rendered,
                    # a shard written as it was read is what the manifest records: not hashed again
                    as_written=rendered.as_written | store_as_read,
                    on_disk_as_recorded=rendered.on_disk_as_recorded | on_disk_as_recorded,
                    held=held,
                )
        except Exception:
            validation.result()
            raise
    with phase(f"{target.name}: validate (beside model and render)"):
        record = validation.result()
    recorded = record.get("defaults_set_aside")
    set_aside = tuple((str(pointer), str(message)) for pointer, message in recorded) if isinstance(recorded, list) else ()
    coverage = rendered.coverage
    if set_aside and coverage is not None:
        coverage = replace(coverage, defaults_set_aside=set_aside)
    return replace(rendered, coverage=coverage, reuse={**(rendered.reuse or {}), "validated": record})


def _render(
    target: Target,
    config: TargetConfig,
    manifest: Manifest,
    api: Api,
    inputs: Inputs,
    snapshot: dict[str, bytes],
    fingerprint: dict[str, str],
    black_worker: Worker,
    since_pending: Pending[Since],
) -> Rendered:
    # The diff against the last generation runs in a child, while this process renders and
    # formats. Only the files that carry the version (and the changelog) wait for it.
    files: dict[str, str] = {}
    formatter = formatter_key()
    earlier_files = manifest.earlier_formatting(formatter)
    earlier = EarlierFormatting(earlier_files, manifest.piece_keys if earlier_files else {})
    with phase(f"{target.name}: render") as notes:
        # Large files (resource modules, the models module, operation pages) come deferred, with
        # a key for their template and view: one the last generation recorded, and whose output
        # is on disk as written, is taken from there, neither rendered nor formatted again. The
        # models module has a key per class too: of a changed one, only changed classes are.
        package = package_view(api, config, inputs, manifest.paginated)
        tool, recorded = inputs.tool, manifest.render_keys
        recalled = Recalled(lambda path: frozenset(earlier.formatted_pieces(f"python/{path}")), manifest.pieces_give)
        planned: dict[str, str | Deferred | Pieced] = {
            f"python/{path}": file for path, file in python_client_modules(api, package, inputs, recalled).items()
        }
        planned.update({f"docs/{path}": file for path, file in render_docs(api, config, inputs).items()})
        render_keys: dict[str, str] = {}
        kept: dict[str, bytes] = {}  # files as the last generation wrote them, as read
        if recorded:
            for path, file in planned.items():
                if isinstance(file, (Deferred, Pieced)):
                    render_keys[path] = key = file.key(tool)
                    on_disk = _as_written(path, manifest, earlier) if recorded.get(path) == key else None
                    if on_disk is not None:
                        kept[path] = on_disk
        # where nothing is recorded (a first generation) the keys decide nothing: each is
        # worked out with its file, by whichever process renders it
        tasks = [
            RenderTask(file, frozenset(earlier.formatted_pieces(path)) if isinstance(file, Pieced) else frozenset())
            for path, file in planned.items()
            if path not in kept
        ]
        rendered_now = _render_all(tasks, tool, keyed=not recorded)
        cut: dict[str, CutModule] = {}  # modules rendered in pieces (see Pieced)
        for path in planned:
            if path in kept:
                continue
            text, worked_out_key = next(rendered_now)
            if isinstance(text, CutModule):
                cut[path] = text
            else:
                files[path] = text
            if worked_out_key is not None:
                render_keys[path] = worked_out_key
        notes.append(f"{len(render_keys) - len(kept)} of {len(render_keys)} large files rendered")
        if cut:
            definitions = [text for module in cut.values() for _, text in module.definitions]
            rendered_definitions = sum(text is not None for text in definitions)
            notes.append(f"{rendered_definitions} of {len(definitions)} pieced definitions rendered")
        lazy = [view for file in planned.values() for view in _lazy_views(file)]
        notes.append(f"{sum(view.recalled for view in lazy)} of {len(lazy)} views known by what they are made of")
        made = sum(named.schema_is_made for named in api.schemas)
        notes.append(f"{made} of {len(api.schemas)} classes' schemas made (the rest stay in the store, unread)")
    # Formatting does not wait for the diff: only the few files that carry the version do.
    with phase(f"{target.name}: format") as notes:
        formatted = format_files(files, earlier, frozenset(kept), black_worker, cut)
        notes.append(
            f"{formatted.formatted} formatted ({formatted.pieces_formatted} pieces), {formatted.reused} reused;"
            f" {formatted.to_black} texts to black"
        )
    with phase(f"{target.name}: diff against the last generation (beside render and format)") as notes:
        since = since_pending.result()
        if since.taken_over is not None:
            notes.append(f"last model: {since.taken_over[0]} of {since.taken_over[1]} units taken over from this build")
    package = replace(package, version=since.version)
    with phase(f"{target.name}: render and format the files that carry the version") as notes:
        versioned = {f"python/{path}": text for path, text in python_client_package_files(package).items()}
        formatted_versioned = format_files(versioned, earlier, frozenset(), black_worker)
        notes.append(f"{formatted_versioned.formatted} formatted, {formatted_versioned.reused} reused")
    files = {**formatted.files, **formatted_versioned.files}
    files[CHANGELOG] = changelog(api, since)
    encoded = {path: text.encode("utf-8") for path, text in files.items()}
    encoded.update(kept)
    encoded.update(snapshot)
    reuse: dict[str, object] = {
        "formatter": formatter,
        "sources": {**formatted.sources, **formatted_versioned.sources},
        "pieces": {**formatted.pieces, **formatted_versioned.pieces},
        "rendered": render_keys,
        "gives": _gives(planned, cut, manifest.pieces_give or {}, tool),
        "views": _view_keys(planned, render_keys, tool),
        # whether each method is paginated, for a method whose view the next generation does
        # not build (see `resource_modules`)
        "paginated": {lookup: flag for module in package.modules for lookup, flag in module.paginated.items()},
    }
    # the diff child read the snapshot of the last generation: where it was as recorded, the
    # writer need not read it again
    snapshot_as_recorded = frozenset(
        path for path, digest in since.snapshot_digests.items() if manifest.files.get(path) == digest
    )
    return Rendered(
        encoded, since.version, since.changes, fingerprint, coverage(api), reuse, frozenset(kept), snapshot_as_recorded
    )


# From this many large files to render (a first generation, or a change to every page), a
# child forked now renders half of them beside this process: GitHub's 1,273 take 1.1 s.
_RENDERED_BESIDE_FROM = 64


@dataclass(frozen=True)
class RenderTask:
    file: str | Deferred | Pieced
    # of a pieced module: the keys of the definitions the last generation formatted, not rendered again
    known: frozenset[str] = frozenset()


RenderedFile = tuple[str | CutModule, str | None]  # text (a pieced module's pieces), key


def _render_all(tasks: list[RenderTask], tool: str, keyed: bool = False) -> Iterator[RenderedFile]:
    """Each file's text (a pieced module's pieces), and where `keyed`, the key of a large
    file, in order. Rendering is a pure function of the template and its view, so which
    process renders a file does not change its bytes."""
    deferred = sum(isinstance(task.file, (Deferred, Pieced)) for task in tasks)
    if deferred < _RENDERED_BESIDE_FROM:
        return iter(_render_each(tasks, tool, keyed))
    # shared by weight: GitHub's models module alone is a quarter of its rendering
    weights = [task.file.weight if isinstance(task.file, (Deferred, Pieced)) else 1 for task in tasks]
    theirs, ours = halves(list(range(len(tasks))), weights.__getitem__)
    with Pending(_render_each, [tasks[index] for index in theirs], tool, keyed) as beside:
        mine = _render_each([tasks[index] for index in ours], tool, keyed)
        done = beside.result()
    by_place = dict(zip(ours, mine)) | dict(zip(theirs, done))
    return iter([by_place[index] for index in range(len(tasks))])


def _render_each(tasks: list[RenderTask], tool: str, keyed: bool) -> list[RenderedFile]:
    return [_render_one(task, tool, keyed) for task in tasks]


def _render_one(task: RenderTask, tool: str, keyed: bool) -> RenderedFile:
    file = task.file
    if isinstance(file, Pieced):
        return file.render(tool, task.known), file.key(tool) if keyed else None
    if isinstance(file, Deferred):
        return file.render(), file.key(tool) if keyed else None
    return file, None


def _lazy_views(file: str | Deferred | Pieced) -> list[Lazy]:
    if isinstance(file, Deferred):
        return [file.arguments] if isinstance(file.arguments, Lazy) else []
    if isinstance(file, Pieced):
        return [view for view in file.views if isinstance(view, Lazy)]
    return []


def _view_keys(
    planned: dict[str, str | Deferred | Pieced], render_keys: dict[str, str], tool: str
) -> dict[str, str]:
    """The key of each view this generation made lazily (a page, a model class), by what it
    was made of (see `Inputs`): for the next generation, which need not build such a view
    again where it is made of the same."""
    found: dict[str, str] = {}
    for path, file in planned.items():
        if isinstance(file, Deferred) and isinstance(file.arguments, Lazy):
            found[file.arguments.inputs] = render_keys[path]
        elif isinstance(file, Pieced):
            for view, key in zip(file.views, file.definition_keys(tool)):
                if isinstance(view, Lazy):
                    found[view.inputs] = key
    return found


def _as_written(path: str, manifest: Manifest, earlier: EarlierFormatting) -> bytes | None:
    """The file as the last generation wrote it, if it is so on disk. A Python module also
    needs the record of its formatting: `earlier` holds both, read once, for such modules."""
    if path.endswith(".py"):
        found = earlier.files.get(path)
        return found[1] if found is not None else None
    return manifest.as_written(path)


def _since(last: Callable[[], Previous | None], config: TargetConfig, api: Api) -> Since:
    return since_last_generation(last(), config, api)


def _gives(planned: dict[str, str | Deferred | Pieced], cut: dict[str, CutModule], recorded: dict[str, str], tool: str) -> dict[str, str]:
    """What each piece of a module rendered in pieces needs imported, by key, for the next
    generation: of the models module's classes (worked out beforehand), of the pieces of
    resource modules rendered now, and, carried over, of those of resource modules kept."""
    found: dict[str, str] = {}
    for file in planned.values():
        if isinstance(file, Pieced):
            found.update(file.gives)
            if file.uses is not None:
                found.update((key, recorded[key]) for key in file.definition_keys(tool) if key in recorded)
    for module in cut.values():
        found.update(module.gives)
    return found
