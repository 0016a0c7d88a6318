// whosaid JShell start-up: the API and the usual JDK types, imported.
import dev.whosaid.*;
import dev.whosaid.model.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;

var whosaid = WhoSaid.create();
System.out.println("whosaid ready: whosaid.analyze(text, LocalDate.of(2020, 9, 3)) -> Analysis (models load on first use)");
