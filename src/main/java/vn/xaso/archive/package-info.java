/**
 * Work files and the archive (hồ sơ công việc, lưu trữ; NĐ 30/2020 ch. IV): each unit's yearly list of files, the
 * documents and dossiers put in them, closing, transfer to the agency archive (read-only from then on), alerts before
 * the transfer deadline, destruction proposals when retention expires (never a silent delete), and hand-over of an
 * official's open work to a successor with a sealed record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive", allowedDependencies = {"document", "dossier", "workflow", "organization", "identity", "files", "signing", "audit", "api"})
package vn.xaso.archive;
