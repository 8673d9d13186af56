package io.pathwise.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.ImportResult;
import io.pathwise.catalog.packaging.InvalidPackageException;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.CurrentPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The instructor's page for uploading a course package (zip). It shows every validation problem
 * with file and line, or what the import created or changed.
 */
@Controller
class PackageImportPage {

    private final CatalogApi catalog;
    private final long maxBytes;

    PackageImportPage(CatalogApi catalog, @Value("${pathwise.catalog.max-package-bytes}") DataSize maxBytes) {
        this.catalog = catalog;
        this.maxBytes = maxBytes.toBytes();
    }

    @GetMapping("/courses/import")
    @PreAuthorize("@pageAccess.canImportCourses()")
    String form() {
        return "import";
    }

    @PostMapping("/courses/import")
    @PreAuthorize("@pageAccess.canImportCourses()")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Model model, HttpServletResponse response)
            throws IOException {
        // Not required in the binding: a form sent without a file (or not as multipart at all) would
        // otherwise fail inside Spring MVC with a 500 instead of this page saying what is missing.
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", List.of(new FieldProblem("file",
                    "A package zip file is required; choose one and upload it again")));
            return "import";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            PackageFiles files = PackageFiles.fromZip(in, maxBytes);
            if (dryRun) {
                List<FieldProblem> problems = catalog.validate(files);
                model.addAttribute("problems", problems);
                model.addAttribute("validated", problems.isEmpty());
            } else {
                ImportResult result = catalog.importPackage(CurrentPrincipal.get(), files);
                model.addAttribute("result", result);
            }
        } catch (InvalidPackageException e) {
            model.addAttribute("problems", List.of(new FieldProblem(file.getOriginalFilename(), e.getMessage())));
        } catch (ApiException e) {
            model.addAttribute("problems", e.problems().isEmpty()
                    ? List.of(new FieldProblem(String.valueOf(file.getOriginalFilename()), e.getMessage())) : e.problems());
        }
        return "import";
    }
}
