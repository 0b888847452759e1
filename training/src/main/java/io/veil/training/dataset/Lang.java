package io.veil.training.dataset;

import io.veil.protocol.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 16 context languages: for each, the words that name every category and the sentence frames
 * values are placed in. Frames hold {@code {L}} (the category's words) and {@code {V}} (the
 * value). Frames with index 0 are used by train and val; index 1 only by test.
 *
 * @param code ISO 639-1 code
 * @param labels what the language calls each category
 * @param ctx frames that say what the value is (train, test)
 * @param neutral frames that say nothing about the value (train, test)
 * @param word frames with the category's words and no value (train, test)
 * @param order a frame that says the value is an order number
 */
record Lang(String code, Map<Category, String> labels, List<String> ctx, List<String> neutral,
    List<String> word, String order) {

  /** Category order of the label arrays below. */
  private static final Category[] ORDER = {Category.EMAIL, Category.PHONE, Category.CREDIT_CARD,
      Category.PASSPORT, Category.SSN, Category.ITIN, Category.DRIVERS_LICENSE,
      Category.BANK_ACCOUNT, Category.ROUTING_NUMBER};

  static final List<Lang> ALL = List.of(
      of("en", new String[] {"email address", "phone number", "credit card number",
          "passport number", "Social Security number", "ITIN", "driver's license number",
          "bank account number", "routing number"},
          "Hi, my {L} is {V}", "Please update the {L} on file to {V}. Thanks!",
          "Can you look at {V} when you get a chance?", "Got {V} in the last sync, ignoring.",
          "Where can I find my {L}?", "Do I need a {L} to sign up?", "Order {V} has shipped"),
      of("es", new String[] {"correo electrónico", "número de teléfono",
          "número de tarjeta de crédito", "número de pasaporte", "número de Seguro Social",
          "número ITIN", "número de licencia de conducir", "número de cuenta bancaria",
          "número de ruta bancaria ABA"},
          "Hola, mi {L} es {V}", "Por favor actualicen el {L} registrado a {V}. ¡Gracias!",
          "¿Pueden revisar {V} cuando puedan?", "Recibido {V} en la última sincronización.",
          "¿Dónde encuentro mi {L}?", "¿Necesito un {L} para registrarme?",
          "El pedido {V} ha sido enviado"),
      of("fr", new String[] {"adresse e-mail", "numéro de téléphone", "numéro de carte bancaire",
          "numéro de passeport", "numéro de sécurité sociale américain (SSN)", "numéro ITIN",
          "numéro de permis de conduire", "numéro de compte bancaire", "numéro de routage ABA"},
          "Bonjour, mon {L} est {V}", "Merci de mettre à jour le {L} enregistré : {V}.",
          "Pouvez-vous regarder {V} quand vous aurez un moment ?",
          "Reçu {V} lors de la dernière synchro.", "Où puis-je trouver mon {L} ?",
          "Faut-il un {L} pour s'inscrire ?", "La commande {V} a été expédiée"),
      of("de", new String[] {"E-Mail-Adresse", "Telefonnummer", "Kreditkartennummer",
          "Reisepassnummer", "US-Sozialversicherungsnummer (SSN)", "ITIN-Steuernummer",
          "Führerscheinnummer", "Kontonummer", "ABA-Bankleitzahl"},
          "Hallo, meine {L} ist {V}", "Bitte die hinterlegte {L} auf {V} ändern. Danke!",
          "Könnt ihr euch {V} bitte ansehen?", "{V} kam beim letzten Sync, ignoriert.",
          "Wo finde ich meine {L}?", "Brauche ich eine {L} für die Anmeldung?",
          "Bestellung {V} wurde versandt"),
      of("pt", new String[] {"endereço de e-mail", "número de telefone",
          "número do cartão de crédito", "número do passaporte", "número do Seguro Social (SSN)",
          "número ITIN", "número da carteira de motorista", "número da conta bancária",
          "número de roteamento ABA"},
          "Olá, meu {L} é {V}", "Por favor atualizem o {L} cadastrado para {V}. Obrigado!",
          "Podem verificar {V} quando puderem?", "Recebido {V} na última sincronização.",
          "Onde encontro meu {L}?", "Preciso de um {L} para me cadastrar?",
          "O pedido {V} foi enviado"),
      of("it", new String[] {"indirizzo email", "numero di telefono",
          "numero della carta di credito", "numero di passaporto",
          "numero di previdenza sociale USA (SSN)", "codice ITIN", "numero di patente",
          "numero di conto bancario", "numero di routing ABA"},
          "Ciao, il mio {L} è {V}", "Per favore aggiornate il {L} registrato con {V}. Grazie!",
          "Potete controllare {V} quando potete?", "Ricevuto {V} nell'ultima sincronizzazione.",
          "Dove trovo il mio {L}?", "Serve un {L} per registrarsi?",
          "L'ordine {V} è stato spedito"),
      of("nl", new String[] {"e-mailadres", "telefoonnummer", "creditcardnummer",
          "paspoortnummer", "Amerikaans Social Security-nummer (SSN)", "ITIN-nummer",
          "rijbewijsnummer", "bankrekeningnummer", "ABA-routingnummer"},
          "Hallo, mijn {L} is {V}", "Wilt u het {L} bijwerken naar {V}? Bedankt!",
          "Kunnen jullie naar {V} kijken?", "{V} ontvangen bij de laatste sync.",
          "Waar vind ik mijn {L}?", "Heb ik een {L} nodig om me aan te melden?",
          "Bestelling {V} is verzonden"),
      of("zh", new String[] {"电子邮件地址", "电话号码", "信用卡号", "护照号码", "美国社会安全号码",
          "个人纳税识别号 (ITIN)", "驾照号码", "银行账号", "ABA 路由号码"},
          "你好，我的{L}是 {V}", "请把登记的{L}更新为 {V}，谢谢！", "有空帮忙看一下 {V} 吗？",
          "上次同步收到 {V}，已忽略。", "我在哪里可以找到我的{L}？", "注册需要{L}吗？",
          "订单 {V} 已发货"),
      of("ja", new String[] {"メールアドレス", "電話番号", "クレジットカード番号", "パスポート番号",
          "米国社会保障番号", "ITIN（個人納税者番号）", "運転免許証番号", "銀行口座番号",
          "ABA ルーティング番号"},
          "こんにちは、私の{L}は {V} です", "登録済みの{L}を {V} に更新してください。",
          "{V} を確認してもらえますか？", "前回の同期で {V} を受信しました。",
          "{L}はどこで確認できますか？", "登録に{L}は必要ですか？", "ご注文 {V} は発送されました"),
      of("ko", new String[] {"이메일 주소", "전화번호", "신용카드 번호", "여권 번호", "미국 사회보장번호",
          "개인 납세자 번호(ITIN)", "운전면허 번호", "은행 계좌번호", "ABA 라우팅 번호"},
          "안녕하세요, 제 {L}는 {V} 입니다", "등록된 {L}를 {V}(으)로 변경해 주세요.",
          "{V} 확인 부탁드립니다.", "지난 동기화에서 {V} 수신됨.", "제 {L}는 어디서 찾을 수 있나요?",
          "가입하려면 {L}가 필요한가요?", "주문 {V} 이(가) 발송되었습니다"),
      of("ru", new String[] {"адрес электронной почты", "номер телефона", "номер кредитной карты",
          "номер паспорта", "номер социального страхования США (SSN)", "номер ITIN",
          "номер водительского удостоверения", "номер банковского счёта",
          "маршрутный номер ABA"},
          "Здравствуйте, мой {L} — {V}", "Пожалуйста, обновите {L} в профиле на {V}. Спасибо!",
          "Посмотрите, пожалуйста, {V}.", "Получено {V} при последней синхронизации.",
          "Где найти мой {L}?", "Нужен ли {L} для регистрации?", "Заказ {V} отправлен"),
      of("ar", new String[] {"البريد الإلكتروني", "رقم الهاتف", "رقم بطاقة الائتمان",
          "رقم جواز السفر", "رقم الضمان الاجتماعي الأمريكي", "رقم ITIN الضريبي",
          "رقم رخصة القيادة", "رقم الحساب المصرفي", "رقم التوجيه ABA"},
          "مرحبا، {L} الخاص بي هو {V}", "يرجى تحديث {L} المسجل إلى {V}. شكرا!",
          "هل يمكنكم مراجعة {V}؟", "تم استلام {V} في آخر مزامنة.", "أين أجد {L} الخاص بي؟",
          "هل أحتاج إلى {L} للتسجيل؟", "تم شحن الطلب {V}"),
      of("hi", new String[] {"ईमेल पता", "फ़ोन नंबर", "क्रेडिट कार्ड नंबर", "पासपोर्ट नंबर",
          "अमेरिकी सामाजिक सुरक्षा नंबर (SSN)", "आईटीआईएन (ITIN) नंबर", "ड्राइविंग लाइसेंस नंबर",
          "बैंक खाता संख्या", "एबीए रूटिंग नंबर"},
          "नमस्ते, मेरा {L} {V} है", "कृपया दर्ज {L} को {V} में बदल दें। धन्यवाद!",
          "क्या आप {V} देख सकते हैं?", "पिछले सिंक में {V} मिला।", "मुझे अपना {L} कहाँ मिलेगा?",
          "क्या साइन अप के लिए {L} चाहिए?", "ऑर्डर {V} भेज दिया गया है"),
      of("vi", new String[] {"địa chỉ email", "số điện thoại", "số thẻ tín dụng", "số hộ chiếu",
          "số an sinh xã hội Mỹ (SSN)", "mã số thuế ITIN", "số giấy phép lái xe",
          "số tài khoản ngân hàng", "số định tuyến ABA"},
          "Xin chào, {L} của tôi là {V}", "Vui lòng cập nhật {L} thành {V}. Cảm ơn!",
          "Bạn có thể kiểm tra {V} giúp không?", "Đã nhận {V} trong lần đồng bộ trước.",
          "Tôi có thể tìm {L} của mình ở đâu?", "Tôi có cần {L} để đăng ký không?",
          "Đơn hàng {V} đã được giao cho vận chuyển"),
      of("tr", new String[] {"e-posta adresi", "telefon numarası", "kredi kartı numarası",
          "pasaport numarası", "ABD sosyal güvenlik numarası (SSN)", "ITIN vergi numarası",
          "ehliyet numarası", "banka hesap numarası", "ABA yönlendirme numarası"},
          "Merhaba, benim {L} şu: {V}", "Lütfen kayıtlı {L} bilgisini {V} olarak güncelleyin.",
          "{V} kaydına bakabilir misiniz?", "Son senkronizasyonda {V} alındı.",
          "{L} bilgimi nerede bulabilirim?", "Kayıt için {L} gerekli mi?",
          "{V} numaralı sipariş kargoya verildi"),
      of("pl", new String[] {"adres e-mail", "numer telefonu", "numer karty kredytowej",
          "numer paszportu", "amerykański numer ubezpieczenia społecznego (SSN)", "numer ITIN",
          "numer prawa jazdy", "numer konta bankowego", "numer rozliczeniowy ABA"},
          "Dzień dobry, mój {L} to {V}", "Proszę zaktualizować {L} na {V}. Dziękuję!",
          "Czy możecie sprawdzić {V}?", "Otrzymano {V} podczas ostatniej synchronizacji.",
          "Gdzie znajdę mój {L}?", "Czy potrzebuję {L} do rejestracji?",
          "Zamówienie {V} zostało wysłane"));

  private static Lang of(String code, String[] labels, String ctxTrain, String ctxTest,
      String neutralTrain, String neutralTest, String wordTrain, String wordTest, String order) {
    Map<Category, String> m = new EnumMap<>(Category.class);
    for (int i = 0; i < ORDER.length; i++) {
      m.put(ORDER[i], labels[i]);
    }
    return new Lang(code, m, List.of(ctxTrain, ctxTest), List.of(neutralTrain, neutralTest),
        List.of(wordTrain, wordTest), order);
  }

  /** The label of a category in this language. */
  String label(Category c) {
    return labels.get(c);
  }

  /** Fills a frame; the value goes in last so that braces in it are never read as placeholders. */
  static String fill(String frame, String label, String value) {
    return frame.replace("{L}", label == null ? "" : label).replace("{V}", value == null ? "" : value);
  }
}
