package vn.xaso.archive.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.archive.Archive;
import vn.xaso.archive.HandOvers;
import vn.xaso.archive.WorkFile;
import vn.xaso.identity.CurrentUser;

/**
 * Work files and the archive over REST: {@code /api/v1/archive/files} (the unit's list, create, change, items, close,
 * transfer), {@code /api/v1/archive/alerts} (transfers due within 30 days), {@code /api/v1/archive/destruction-proposal}
 * (retention expired), and {@code POST /api/v1/hand-overs}.
 */
@RestController
@RequestMapping("/api/v1")
class ArchiveApi {

    private final Archive archive;
    private final HandOvers handOvers;
    private final CurrentUser currentUser;

    ArchiveApi(Archive archive, HandOvers handOvers, CurrentUser currentUser) {
        this.archive = archive;
        this.handOvers = handOvers;
        this.currentUser = currentUser;
    }

    /** A file with its contents. */
    record FileView(WorkFile file, LocalDate retainedUntil, List<WorkFile.Item> items) {
    }

    record FileChange(@Size(max = 500) String title, @Min(1) @Max(100) Integer retentionYears, Boolean permanent,
            @Size(max = 64) String keeper) {
    }

    record ItemRequest(@Size(max = 16) String kind, @Size(max = 64) String ref) {
    }

    record HandOverRequest(@Size(max = 64) String from, @Size(max = 64) String to, @Size(max = 2000) String note) {
    }

    record SignRequest(@Size(max = 64) String confirmation) {
    }

    @GetMapping("/archive/files")
    List<WorkFile> list(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status) {
        return archive.list(currentUser.get(), unit, year, status(status));
    }

    @PostMapping("/archive/files")
    @ResponseStatus(HttpStatus.CREATED)
    FileView create(@Valid @RequestBody Archive.NewWorkFile file) {
        return view(archive.create(currentUser.get(), file));
    }

    @GetMapping("/archive/files/{id}")
    FileView get(@PathVariable long id) {
        return view(archive.get(currentUser.get(), id));
    }

    @PutMapping("/archive/files/{id}")
    FileView update(@PathVariable long id, @Valid @RequestBody FileChange change) {
        return view(archive.update(currentUser.get(), id, change.title(), change.retentionYears(), change.permanent(), change.keeper()));
    }

    @PostMapping("/archive/files/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    FileView addItem(@PathVariable long id, @Valid @RequestBody ItemRequest item) {
        return view(archive.addItem(currentUser.get(), id, item.kind(), item.ref()));
    }

    @DeleteMapping("/archive/files/{id}/items/{kind}/{ref}")
    FileView removeItem(@PathVariable long id, @PathVariable String kind, @PathVariable String ref) {
        return view(archive.removeItem(currentUser.get(), id, kind, ref));
    }

    @PostMapping("/archive/files/{id}/close")
    FileView close(@PathVariable long id) {
        return view(archive.close(currentUser.get(), id));
    }

    @PostMapping("/archive/files/{id}/transfer")
    FileView transfer(@PathVariable long id) {
        return view(archive.transfer(currentUser.get(), id));
    }

    @GetMapping("/archive/alerts")
    List<WorkFile> alerts(@RequestParam(required = false) String unit) {
        return archive.transferAlerts(currentUser.get(), unit);
    }

    @GetMapping("/archive/destruction-proposal")
    List<WorkFile> destructionProposal(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate asOf) {
        return archive.destructionProposal(currentUser.get(), unit, asOf);
    }

    @PostMapping("/hand-overs")
    @ResponseStatus(HttpStatus.CREATED)
    HandOvers.HandOver handOver(@Valid @RequestBody HandOverRequest request) {
        return handOvers.handOver(currentUser.get(), request.from(), request.to(), request.note());
    }

    /** The hand-overs the caller is party to or administers, newest first, those waiting for the caller's signature before. */
    @GetMapping("/hand-overs")
    List<HandOvers.HandOver> handOvers() {
        return handOvers.visibleTo(currentUser.get());
    }

    @GetMapping("/hand-overs/{id}")
    HandOvers.HandOver handOver(@PathVariable long id) {
        return handOvers.find(currentUser.get(), id);
    }

    /** The caller's own signature on the record (the one handing over or taking over), with their PIN or OTP. */
    @PostMapping("/hand-overs/{id}/sign")
    HandOvers.HandOver sign(@PathVariable long id, @Valid @RequestBody(required = false) SignRequest request) {
        return handOvers.sign(currentUser.get(), id, request == null ? null : request.confirmation());
    }

    private FileView view(WorkFile f) {
        return new FileView(f, f.retainedUntil(), archive.items(f));
    }

    static WorkFile.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return WorkFile.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new vn.xaso.api.InvalidInput("status", "archive.status.unknown");
        }
    }
}
