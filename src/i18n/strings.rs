//! The catalogue: every message in English and Spanish, side by side. The
//! macro makes a message without both languages a compile error.

macro_rules! catalogue {
    ($($(#[$doc:meta])* $name:ident => $en:literal, $es:literal;)*) => {
        /// A message of the widget's own.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
        }

        impl Msg {
            /// Every message, in catalogue order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];
        }

        /// English, by `Msg as usize`.
        pub(super) const EN: &[&str] = &[$($en,)*];
        /// Spanish, by `Msg as usize`.
        pub(super) const ES: &[&str] = &[$($es,)*];
    };
}

catalogue! {
    // Starting and stopping.
    Loading => "Loading the questions…", "Cargando las preguntas…";
    CouldNotStart => "The pain assessment could not start.", "No se pudo iniciar la evaluación del dolor.";
    NothingToAnswer => "There is nothing to answer.", "No hay nada que responder.";
    StoppedSaved => "Something went wrong and the questionnaire has stopped. Your answers so far are saved on this device: reload the page to continue.",
        "Algo ha fallado y el cuestionario se ha detenido. Sus respuestas hasta ahora están guardadas en este dispositivo: vuelva a cargar la página para continuar.";
    StoppedUnsaved => "Something went wrong and the questionnaire has stopped. Please reload the page, or ask the clinic staff for help.",
        "Algo ha fallado y el cuestionario se ha detenido. Vuelva a cargar la página o pida ayuda al personal de la clínica.";
    Language => "Language", "Idioma";
    /// {0}: the language the instrument is shown in, named in the patient's language.
    NotTranslated => "This questionnaire is shown in {0}: no validated translation into English is included.",
        "Este cuestionario se muestra en {0}: no se incluye una traducción validada al español.";

    // Resuming saved answers.
    ResumeTitle => "Continue where you left off?", "¿Quiere continuar donde lo dejó?";
    /// {0}: when the answers were saved.
    ResumeText => "Answers you gave on {0} are saved on this device.", "Las respuestas que dio el {0} están guardadas en este dispositivo.";
    StartAgain => "Start again", "Empezar de nuevo";
    Continue => "Continue", "Continuar";
    DraftOutdated => "Answers saved on this device were for other questions and were removed.",
        "Las respuestas guardadas en este dispositivo eran de otras preguntas y se borraron.";
    DraftCorrupt => "Answers saved on this device could not be read and were removed.",
        "No se pudieron leer las respuestas guardadas en este dispositivo y se borraron.";

    // Moving through the questions.
    /// {0}: this part's number; {1}: how many parts.
    PartOf => "Part {0} of {1}", "Parte {0} de {1}";
    /// {0}: this question's number; {1}: how many in the part.
    QuestionOf => "Question {0} of {1}", "Pregunta {0} de {1}";
    Progress => "Progress", "Progreso";
    Back => "Back", "Atrás";
    Next => "Next", "Siguiente";
    Submit => "Submit", "Enviar";
    /// {0}: 1, as the locale writes it.
    ProblemsOne => "{0} question still needs an answer:", "Falta responder {0} pregunta:";
    /// {0}: the count.
    ProblemsOther => "{0} questions still need an answer:", "Falta responder {0} preguntas:";
    Optional => "(optional)", "(opcional)";
    ByClinician => "(completed by the clinician)", "(la completa el personal clínico)";
    Unanswered => "Please answer this question.", "Responda esta pregunta, por favor.";
    Invalid => "That answer is not one of the choices; please choose again.",
        "Esa respuesta no es una de las opciones; elija de nuevo, por favor.";
    /// {0}: the smallest number accepted; {1}: the largest.
    NumberRange => "A whole number from {0} to {1}", "Un número entero del {0} al {1}";
    /// {0}: the smallest number accepted; {1}: the largest.
    InvalidNumber => "Please enter a whole number from {0} to {1}.", "Escriba un número entero del {0} al {1}, por favor.";
    /// {0}: the smallest number accepted; {1}: the largest.
    DecimalRange => "A number from {0} to {1}; it may have decimals", "Un número del {0} al {1}; puede tener decimales";
    InvalidDecimal => "Please enter a number, such as 72.5.", "Escriba un número, por ejemplo 72,5, por favor.";
    /// {0}: the smallest number accepted; {1}: the largest.
    InvalidDecimalRange => "Please enter a number from {0} to {1}.", "Escriba un número del {0} al {1}, por favor.";
    OtherAnswer => "Other answer (write it here):", "Otra respuesta (escríbala aquí):";
    Incomplete => "Please say how much it hurts in each area you marked.",
        "Indique cuánto le duele en cada zona que marcó, por favor.";
    AnswerCleared => "Your earlier answer here was removed when you changed an answer above, because this question no longer applied. Please answer it again.",
        "Su respuesta anterior aquí se borró al cambiar una respuesta de más arriba, porque esta pregunta ya no correspondía. Vuelva a responderla, por favor.";
    Yes => "Yes", "Sí";
    No => "No", "No";
    /// {0}: the point chosen on a 0–100 line.
    VasAt => "{0} of 100", "{0} de 100";
    VasNone => "not marked", "sin marcar";

    // After submitting.
    ThankYou => "Thank you", "Gracias";
    Done => "Your answers are complete.", "Sus respuestas están completas.";
    Sending => "Sending your answers…", "Enviando sus respuestas…";
    Sent => "Sent. Your answers have been received.", "Enviado. Sus respuestas se recibieron.";
    Retrying => "Not sent yet. Trying again…", "Todavía no se ha enviado. Se intenta de nuevo…";
    Queued => "Saved on this device. Your answers will be sent when the connection returns, or the next time this page is opened.",
        "Guardado en este dispositivo. Sus respuestas se enviarán cuando vuelva la conexión o la próxima vez que se abra esta página.";
    TryAgainNow => "Try again now", "Intentar ahora";
    Failed => "Your answers could not be sent. They are kept on this page.",
        "No se pudieron enviar sus respuestas. Se conservan en esta página.";
    TryAgain => "Try again", "Intentar de nuevo";

    // The body map.
    BodyMap => "Body map", "Mapa del cuerpo";
    Front => "Front", "Delante";
    Rear => "Back", "Detrás";
    SideShown => "Side of the body shown", "Lado del cuerpo que se muestra";
    FrontOfBody => "Front of the body", "Parte delantera del cuerpo";
    BackOfBody => "Back of the body", "Parte trasera del cuerpo";
    RightSide => "Right", "Derecha";
    LeftSide => "Left", "Izquierda";
    NoPain => "No pain anywhere", "Sin dolor en ninguna parte";
    NoPainWithdrawn => "No pain anywhere: withdrawn", "Sin dolor en ninguna parte: retirado";
    Figure => "Figure", "Figura";
    List => "List", "Lista";
    MapHint => "Tap where it hurts. Front: the body facing you, its right on your left. Back: seen from behind.",
        "Toque donde le duele. Delante: el cuerpo de frente a usted, su derecha a su izquierda. Detrás: visto por la espalda.";
    MapLoading => "Loading the body map…", "Cargando el mapa del cuerpo…";
    MapFailed => "The figure could not be loaded; choose the areas from this list instead.",
        "No se pudo cargar la figura; elija las zonas en esta lista.";
    /// {0}: the region.
    Marked => "{0}: marked", "{0}: marcada";
    /// {0}: the region.
    Unmarked => "{0}: not marked", "{0}: sin marcar";
    /// {0}: the region; {1}: the intensity.
    IntensityIs => "{0}: intensity {1}", "{0}: intensidad {1}";
    HowMuch => "How much does it hurt here? 0 is no pain, 10 the worst possible pain.",
        "¿Cuánto le duele aquí? 0 es sin dolor y 10 el peor dolor posible.";
    ChooseNumber => "Choose a number from 0 to 10.", "Elija un número del 0 al 10.";
    HowFeels => "How does it feel? (tick any)", "¿Cómo lo siente? (marque las que quiera)";
    /// {0}: the region.
    Remove => "Remove {0}", "Quitar {0}";
    MapUnanswered => "The body map was not answered.", "El mapa del cuerpo no se respondió.";
    NoPainShort => "No pain anywhere.", "Sin dolor en ninguna parte.";
    NoIntensity => "no intensity given", "sin intensidad";
    /// {0}: the intensity.
    OutOfTen => "{0} of 10", "{0} de 10";
    Regions => "Regions", "Regiones";
    /// {0}: regions marked.
    RegionsOf => "{0} of 74", "{0} de 74";
    Extent => "Extent", "Extensión";
    /// {0}: overall; {1}: front; {2}: back (each a percentage).
    ExtentIs => "{0} (front {1}, back {2})", "{0} (delante {1}, detrás {2})";
    RightLeft => "Right / left", "Derecha / izquierda";
    /// {0}: right; {1}: left; {2}: the laterality index.
    RightLeftIs => "{0} / {1} (laterality {2})", "{0} / {1} (lateralidad {2})";
    Intensity => "Intensity", "Intensidad";
    /// {0}: mean; {1}: highest.
    IntensityMeasures => "mean {0}, highest {1}", "media {0}, máxima {1}";
    WeightedExtent => "Intensity-weighted extent", "Extensión ponderada por intensidad";
    Michigan => "Michigan Body Map", "Mapa Corporal de Michigan";
    /// {0}: the count.
    MichiganOf => "{0} of 35", "{0} de 35";
    Wpi => "Widespread Pain Index", "Índice de Dolor Generalizado";
    /// {0}: the index; {1}: regions.
    WpiIs => "{0} of 19, {1} of 5 regions", "{0} de 19, {1} de 5 regiones";
    Overlap => "Overlap with the earlier map", "Coincidencia con el mapa anterior";

    // The clinician's summary.
    SummaryTitle => "Pain assessment summary", "Resumen de la evaluación del dolor";
    /// {0}: when the latest response was completed.
    LatestOn => "Latest response: {0}", "Última respuesta: {0}";
    Print => "Print", "Imprimir";
    Safety => "Safety", "Seguridad";
    NoSafety => "No safety flags in the latest response.", "Sin alertas de seguridad en la última respuesta.";
    Scores => "Scores", "Puntuaciones";
    Instrument => "Instrument", "Instrumento";
    Score => "Score", "Puntuación";
    Value => "Value", "Valor";
    Band => "Band", "Categoría";
    Change => "Change since the response before", "Cambio desde la respuesta anterior";
    Improved => "improved by at least the MCID", "mejoría de al menos la DMCI";
    Worsened => "worse by at least the MCID", "empeoramiento de al menos la DMCI";
    BelowMcid => "less than the MCID", "menos que la DMCI";
    NoMcid => "no published MCID", "sin DMCI publicada";
    NotScorable => "not scorable", "no calculable";
    /// {0}: the score; {1}: the MCID; {2}: its source.
    McidIs => "{0}: MCID {1}. {2}", "{0}: DMCI {1}. {2}";
    /// {0}: a number of points.
    McidPoints => "{0} points", "{0} puntos";
    Or => "or", "o";
    OverTime => "Over time", "Evolución";
    /// {0}: a value; {1}: a date.
    ValueOn => "{0} on {1}", "{0} el {1}";
    Procedure => "Response to the procedure", "Respuesta al procedimiento";
    /// {0}: hours after the procedure.
    HoursAfter => "{0} h", "{0} h";
    ReliefAxis => "Relief from the pain before (%)", "Alivio respecto al dolor previo (%)";
    TimeAxis => "Time after the procedure", "Tiempo tras el procedimiento";
    /// {0}: the peak relief (a percentage); {1}: when, in hours.
    PeakRelief => "Peak relief {0} at {1} h", "Alivio máximo {0} a las {1} h";
    /// {0}: the threshold (a percentage).
    PositiveBlock => "Positive: relief reached {0}", "Positivo: el alivio llegó al {0}";
    /// {0}: the threshold (a percentage).
    NegativeBlock => "Not positive: relief stayed under {0}", "No positivo: el alivio no llegó al {0}";
    /// {0}: the threshold; {1}: hours at least; {2}: hours less than, or "still".
    Lasted => "Relief of {0} or more lasted at least {1} h and less than {2} h", "El alivio del {0} o más duró al menos {1} h y menos de {2} h";
    /// {0}: the threshold; {1}: hours at least.
    LastsStill => "Relief of {0} or more lasted at least {1} h, and still held at the last entry", "El alivio del {0} o más duró al menos {1} h y seguía en la última anotación";
    /// {0}: when.
    NextDue => "Next diary entry due {0}", "Próxima anotación del diario: {0}";
    NoResponses => "There are no completed responses to summarise.", "No hay respuestas completadas que resumir.";
    Concordant => "Comparative blocks: concordant, relief lasted longer with bupivacaine than with lidocaine",
        "Bloqueos comparativos: concordantes, el alivio duró más con bupivacaína que con lidocaína";
    Discordant => "Comparative blocks: discordant, relief did not last longer with bupivacaine than with lidocaine",
        "Bloqueos comparativos: discordantes, el alivio no duró más con bupivacaína que con lidocaína";
    Indeterminate => "Comparative blocks: the diary times cannot tell which relief lasted longer",
        "Bloqueos comparativos: las horas del diario no permiten saber qué alivio duró más";
    NotBothPositive => "Comparative blocks: not both positive", "Bloqueos comparativos: no ambos positivos";
    NotComparable => "Comparative blocks: not a lidocaine and a bupivacaine block, so not compared",
        "Bloqueos comparativos: no son un bloqueo con lidocaína y otro con bupivacaína; no se comparan";

    // After submitting: what was measured, in plain words (never a score or a diagnosis).
    AboutAnswers => "About your answers", "Sobre sus respuestas";
    EduBodyMap => "The body map records where you feel pain and how strong it is in each place.",
        "El mapa del cuerpo registra dónde siente dolor y cuánto le duele en cada sitio.";
    EduIntensity => "The pain scale records how strong your pain is today.",
        "La escala de dolor registra cuánto le duele hoy.";
    EduFunction => "These questions record how pain affects everyday things such as walking, sleep and work.",
        "Estas preguntas registran cómo afecta el dolor a cosas de cada día como caminar, dormir y trabajar.";
    EduMood => "These questions ask about your mood, which often changes when pain lasts a long time.",
        "Estas preguntas tratan de su estado de ánimo, que a menudo cambia cuando el dolor dura mucho tiempo.";
    EduAnxiety => "These questions ask about worry and nerves, which often come with long-lasting pain.",
        "Estas preguntas tratan de la preocupación y los nervios, que a menudo acompañan al dolor de larga duración.";
    EduCoping => "These questions ask how you think about and cope with pain, so your team can plan care with you.",
        "Estas preguntas tratan de cómo piensa en el dolor y cómo lo afronta, para que su equipo planifique la atención con usted.";
    EduFeel => "These questions ask what your pain feels like, which helps your team understand it.",
        "Estas preguntas tratan de cómo se siente su dolor, lo que ayuda a su equipo a entenderlo.";
    EduChange => "This question asks how you feel things have changed since your treatment began.",
        "Esta pregunta trata de cómo cree que han cambiado las cosas desde que empezó el tratamiento.";
    EduHealth => "These questions record your general health and how it limits everyday activities, work, social life, energy and mood.",
        "Estas preguntas registran su salud en general y cómo limita sus actividades diarias, el trabajo, la vida social, la energía y el ánimo.";
    EduSubstances => "These questions ask about tobacco, alcohol and drug use, so your team can choose treatments that are safe for you.",
        "Estas preguntas tratan del consumo de tabaco, alcohol y drogas, para que su equipo elija tratamientos seguros para usted.";
    EduPlanning => "These questions help your team plan the care that suits you.",
        "Estas preguntas ayudan a su equipo a planificar la atención que le conviene.";
    EduDiary => "The diary follows how your pain changes after your procedure. Please keep making entries at the times your clinic gave you.",
        "El diario sigue cómo cambia su dolor después del procedimiento. Siga haciendo anotaciones a las horas que le indicó su clínica.";
    EduGeneric => "These questions help your care team understand your pain.",
        "Estas preguntas ayudan a su equipo a entender su dolor.";
    WhatNext => "What happens next", "Qué pasa ahora";
    NextDefault => "Your care team will look at your answers and go through them with you. If you are worried about your health before then, contact your clinic.",
        "Su equipo revisará sus respuestas y las comentará con usted. Si antes le preocupa su salud, póngase en contacto con su clínica.";
}

/// The plain-language note on what an instrument measured.
pub fn education(instrument: &str) -> Msg {
    match instrument {
        "bodymap" => Msg::EduBodyMap,
        "nrs11" | "vas" | "vrs" | "fpsr" | "dvprs" => Msg::EduIntensity,
        "odi" | "ndi" | "rmdq" | "bpisf" | "peg" | "promis_pi4a" | "promis_pi6b" | "promis_pi8a" | "promis_pf4a" | "gcpsr" | "nhis_pain" => {
            Msg::EduFunction
        }
        "rand36" | "hrqol4" => Msg::EduHealth,
        "taps1" => Msg::EduSubstances,
        "phq9" | "phq2" => Msg::EduMood,
        "gad7" | "gad2" => Msg::EduAnxiety,
        "pcs" | "tsk11" | "pseq" => Msg::EduCoping,
        "dn4" | "dn4i" | "paindetect" | "slanss" | "sfmpq2" => Msg::EduFeel,
        "pgic" => Msg::EduChange,
        "startback" | "ort" | "fm2016" => Msg::EduPlanning,
        "diary" => Msg::EduDiary,
        _ => Msg::EduGeneric,
    }
}
