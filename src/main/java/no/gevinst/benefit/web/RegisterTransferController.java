package no.gevinst.benefit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.ImportRefusedException;
import no.gevinst.benefit.RegisterTransfer;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Export of the filtered register, the import template, and the import of a filled-in workbook. */
@Controller
class RegisterTransferController {

    static final String XLSX = Attachments.XLSX_VALUE;

    private final RegisterTransfer transfer;
    private final AccessPolicy access;

    RegisterTransferController(RegisterTransfer transfer, AccessPolicy access) {
        this.transfer = transfer;
        this.access = access;
    }

    @GetMapping("/benefits/export.xlsx")
    void exportXlsx(@ModelAttribute RegisterParameters filter, HttpServletResponse response) throws IOException {
        BenefitQuery query = filter.toQuery();
        Attachments.start(response, XLSX, "gevinstregister-" + NorwegianTime.today() + ".xlsx");
        transfer.exportXlsx(query, response.getOutputStream());
    }

    @GetMapping("/benefits/export.csv")
    void exportCsv(@ModelAttribute RegisterParameters filter, HttpServletResponse response) throws IOException {
        BenefitQuery query = filter.toQuery();
        Attachments.start(response, Attachments.CSV_VALUE, "gevinstregister-" + NorwegianTime.today() + ".csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        transfer.exportCsv(query, writer);
        writer.flush();
    }

    @GetMapping("/benefits/import-template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        Attachments.start(response, XLSX, "gevinstregister-importmal.xlsx");
        transfer.template(response.getOutputStream());
    }

    @PostMapping("/benefits/import")
    String importWorkbook(
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response)
            throws IOException {
        // Only coordinators register benefits; each row is checked against its programme besides.
        if (!access.holdsAnyRole(Role.GEVINSTKOORDINATOR)) {
            // Rights withdrawn since the page was shown: the page again, saying so, rather than a bare refusal.
            model.addAttribute(
                    "importMessage",
                    FormErrors.refuse(response, "pages.refused.benefit.import").messageKey());
            return "benefit/import";
        }
        // Refused, the page again (422) with why: beside the file field when none was sent, row by row above it
        // when the workbook was refused (all or nothing, so nothing was written).
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("fileError", "register.import.noFile");
            return "benefit/import";
        }
        try {
            int imported = transfer.importXlsx(file.getInputStream());
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/benefits";
        } catch (ImportRefusedException e) {
            response.setStatus(422);
            model.addAttribute("importErrors", e.errors());
            return "benefit/import";
        }
    }

    @GetMapping("/benefits/import")
    String importPage() {
        access.requireAnyRole(Role.GEVINSTKOORDINATOR);
        return "benefit/import";
    }
}
