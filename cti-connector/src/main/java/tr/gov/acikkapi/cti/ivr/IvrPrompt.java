package tr.gov.acikkapi.cti.ivr;

/**
 * Every recorded prompt the IVR plays: the sound file name Asterisk streams (without extension, relative to
 * the channel language's sound directory, e.g. {@code sounds/tr/acikkapi/basvuru-no-girin.wav}) and the
 * Turkish text the recording must say. {@code docs/src/ivr-prompts.md} lists them all for the studio.
 */
public enum IvrPrompt {
    // status line
    STATUS_WELCOME("acikkapi/durum-hosgeldiniz",
            "Açık Kapı başvuru durum hattına hoş geldiniz.",
            "status: first, after the caller passed the throttle"),
    ENTER_TRACKING_NUMBER("acikkapi/basvuru-no-girin",
            "Lütfen on haneli başvuru numaranızı tuşlayıp kare tuşuna basınız.",
            "status: asking for the tracking number (GET DATA)"),
    NOTHING_KEYED("acikkapi/tuslama-yok",
            "Herhangi bir tuşlama algılanmadı.",
            "status: the caller keyed nothing before the timeout (counts as a wrong try)"),
    NUMBER_INVALID("acikkapi/numara-hatali",
            "Tuşladığınız numara hatalı. Lütfen başvuru numaranızı kontrol ediniz.",
            "status: wrong length or check digit; no lookup made (counts as a wrong try)"),
    APPLICATION_NOT_FOUND("acikkapi/basvuru-bulunamadi",
            "Bu numarayla kayıtlı bir başvuru bulunamadı.",
            "status: well-formed number, no such application (counts as a wrong try)"),
    ENTER_TC_LAST_FOUR("acikkapi/tc-son-dort-girin",
            "Kimliğinizi doğrulamak için başvuru sahibinin T.C. Kimlik Numarasının son dört hanesini tuşlayınız.",
            "status: the caller ID is not a phone of the applicant (GET DATA, 4 digits)"),
    IDENTITY_NOT_VERIFIED("acikkapi/kimlik-dogrulanamadi",
            "Tuşladığınız bilgiler doğrulanamadı.",
            "status: wrong last four digits (counts as a wrong try)"),
    IDENTITY_UNAVAILABLE("acikkapi/dogrulama-yapilamiyor",
            "Bu başvuru için telefonla kimlik doğrulaması yapılamıyor. Başvurunuzun durumunu web sitemizden "
                    + "veya çağrı merkezi temsilcilerimizden öğrenebilirsiniz.",
            "status: caller ID does not match and the case core has no TC Kimlik digits to ask for"),
    TOO_MANY_ATTEMPTS("acikkapi/cok-fazla-deneme",
            "Bu numaradan çok sayıda hatalı deneme yapıldı. Lütfen daha sonra tekrar arayınız.",
            "status: the caller number is throttled; played instead of any lookup"),
    TRIES_EXHAUSTED("acikkapi/deneme-hakki-bitti",
            "Hatalı giriş hakkınız doldu. Güvenliğiniz için görüşmeniz sonlandırılıyor.",
            "status: the last allowed wrong try (three by default)"),
    TRACKING_NUMBER_INTRO("acikkapi/basvuru-numaraniz",
            "Başvuru numaranız:",
            "status: verified caller, first, followed by the tracking number digit by digit"),
    STATUS_INTRO("acikkapi/basvuru-durumu",
            "Başvurunuzun durumu:",
            "status: verified caller, after the tracking number, before the status"),
    STATUS_RECEIVED("acikkapi/durum-alindi",
            "Başvurunuz alındı, ilgili birime yönlendirilmeyi bekliyor.",
            "status: status RECEIVED"),
    STATUS_ROUTED("acikkapi/durum-birime-yonlendirildi",
            "Başvurunuz ilgili birime yönlendirildi.",
            "status: status ROUTED"),
    STATUS_IN_PROGRESS("acikkapi/durum-islemde",
            "Başvurunuz ilgili birimde işlem görüyor.",
            "status: status IN_PROGRESS"),
    STATUS_ESCALATED_GOVERNOR("acikkapi/durum-valiye-iletildi",
            "Başvurunuz yedi günlük süre içinde sonuçlanmadığı için Valiye iletildi.",
            "status: status ESCALATED_GOVERNOR"),
    STATUS_ESCALATED_MINISTRY("acikkapi/durum-bakanliga-iletildi",
            "Başvurunuz yedi günlük süre içinde sonuçlanmadığı için İçişleri Bakanlığına iletildi.",
            "status: status ESCALATED_MINISTRY"),
    STATUS_CONCLUDED("acikkapi/durum-sonuclandi",
            "Başvurunuz sonuçlandı.",
            "status: any concluded status, before the outcome"),
    OUTCOME_POSITIVE("acikkapi/sonuc-olumlu",
            "Başvurunuz olumlu sonuçlanmıştır.",
            "status: outcome of CONCLUDED_POSITIVE"),
    OUTCOME_NEGATIVE("acikkapi/sonuc-olumsuz",
            "Başvurunuz olumsuz sonuçlanmıştır. Gerekçesi size yazılı olarak bildirilecektir.",
            "status: outcome of CONCLUDED_NEGATIVE"),
    OUTCOME_REDIRECTED("acikkapi/sonuc-alternatif-cozum",
            "Başvurunuz hukuki veya fiili bir imkânsızlık nedeniyle alternatif çözüm önerileriyle sonuçlandırılmıştır.",
            "status: outcome of REDIRECTED"),
    DEADLINE("acikkapi/son-tarih",
            "Başvurunuzun en geç sonuçlandırılacağı tarih:",
            "status: open application, followed by the date (day, month name, year)"),

    // survey
    SURVEY_WELCOME("acikkapi/anket-giris",
            "Açık Kapı başvurunuzla ilgili kısa bir memnuniyet anketine katılmanızı rica ediyoruz.",
            "survey: first, for a concluded application not yet rated"),
    SURVEY_QUESTION("acikkapi/anket-soru",
            "Başvurunuzla ilgili hizmetten ne kadar memnun kaldığınızı, bir hiç memnun değilim, beş çok memnunum "
                    + "olmak üzere, bir ile beş arasında bir tuşa basarak belirtiniz. Ankete katılmak istemiyorsanız "
                    + "sıfıra, anket için bir daha aranmak istemiyorsanız dokuza basınız.",
            "survey: asking for the score (GET DATA, 1 digit)"),
    SURVEY_INVALID_KEY("acikkapi/anket-gecersiz-tus",
            "Geçersiz tuşlama. Lütfen bir ile beş arasında bir tuşa basınız.",
            "survey: a key other than 1-5, or none; the question is asked again (up to three tries)"),
    SURVEY_THANKS("acikkapi/anket-tesekkur",
            "Değerlendirmeniz kaydedildi. Katılımınız için teşekkür ederiz.",
            "survey: score stored"),
    SURVEY_ALREADY_ANSWERED("acikkapi/anket-zaten-yanitlandi",
            "Bu başvuru için memnuniyet anketi daha önce yanıtlanmış. İlginiz için teşekkür ederiz.",
            "survey: a second answer for the same application"),
    SURVEY_NOT_CONCLUDED("acikkapi/anket-sonuclanmamis",
            "Başvurunuz henüz sonuçlanmadığı için anket yapılamıyor.",
            "survey: the application is still open"),
    SURVEY_UNAVAILABLE("acikkapi/anket-yapilamiyor",
            "Anket şu anda yapılamıyor. İlginiz için teşekkür ederiz.",
            "survey: the dialplan passed no valid tracking number, or no such application"),
    SURVEY_REFUSED("acikkapi/anket-reddedildi",
            "Anlayışınız için teşekkür ederiz. Bu başvuru için sizi bir daha aramayacağız.",
            "survey: key 0, the citizen declines; never called again for this application"),
    SURVEY_DO_NOT_CALL("acikkapi/anket-aranmayacak",
            "Talebiniz kaydedildi. Anket için sizi bir daha aramayacağız.",
            "survey: key 9, the citizen asks never to be called for a survey again"),
    SURVEY_NO_ANSWER("acikkapi/anket-yanitlanmadi",
            "Geçerli bir yanıt alınamadı. İlginiz için teşekkür ederiz.",
            "survey: three invalid keys; nothing stored"),

    // common
    TECHNICAL_PROBLEM("acikkapi/teknik-sorun",
            "Şu anda işleminizi gerçekleştiremiyoruz. Lütfen daha sonra tekrar arayınız.",
            "status, survey: the case core failed"),
    GOODBYE("acikkapi/iyi-gunler",
            "Açık Kapı'yı aradığınız için teşekkür ederiz. İyi günler dileriz.",
            "status, survey: last, before the script returns to the dialplan");

    private final String file;
    private final String text;
    private final String whenPlayed;

    IvrPrompt(String file, String text, String whenPlayed) {
        this.file = file;
        this.text = text;
        this.whenPlayed = whenPlayed;
    }

    /** The sound file name as STREAM FILE / GET DATA take it (no extension). */
    public String file() {
        return file;
    }

    /** What the recording says, in Turkish. */
    public String text() {
        return text;
    }

    /** When a script plays it (English, for operators). */
    public String whenPlayed() {
        return whenPlayed;
    }
}
