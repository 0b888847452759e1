package io.veil.detector.context;

import java.util.List;
import java.util.Set;

/**
 * Words that sit between a label and its value without changing what the value is (fillers), and
 * words that say a value is something other than personal data (blockers), in the 16 languages.
 * Latin entries are folded (lower case, no diacritics); script entries match as substrings.
 */
final class Lexicon {

  private Lexicon() {}

  static final Set<String> FILLERS = Set.copyOf(List.of(
      // en
      "number", "numbers", "no", "nr", "num", "nbr", "nmbr", "numb", "n", "o", "id", "code",
      "value", "val", "data", "field", "details", "detail", "is", "are", "was", "be", "my", "the",
      "our", "your", "his", "her", "their", "its", "of", "a", "an", "for", "on", "in", "here",
      "this", "that", "s", "us", "u", "american", "new", "current", "primary", "following",
      "provided", "given", "enter", "entered", "please", "use", "with", "as", "type", "and",
      "or", "it", "info", "information", "personal", "valid", "old", "issued",
      "correct", "updated", "verify", "verified", "confirm", "xxx", "x", "to", "at", "me",
      "digits", "digit", "string", "text", "input", "name", "label", "masked",
      // markup between a label and its value: <td>SSN</td><td>..., <input name=ssn value=...>
      "td", "th", "tr", "span", "div", "li", "p", "b", "strong", "em", "dt", "dd", "br",
      "file", "cell", "col", "nbsp", "class", "id", "for", "hidden", "kv", "param", "var",
      // es, pt, it, fr
      "numero", "nro", "nm", "de", "del", "la", "el", "los", "las", "mi", "su", "sus", "es",
      "son", "tu", "un", "una", "da", "do", "dos", "das", "meu", "minha", "seu", "sua", "o", "e",
      "di", "della", "dello", "il", "lo", "mio", "mia", "suo", "tuo", "le", "du", "des", "mon",
      "ma", "est", "votre", "ton", "sa", "d", "l", "son", "vostro", "nuestro", "ist",
      // de, nl
      "nummer", "mein", "meine", "meiner", "lautet", "die", "der", "das", "ihre", "ihr", "von",
      "dein", "deine", "mijn", "het", "van", "uw", "je", "jouw",
      // vi, tr, pl
      "so", "cua", "toi", "la", "ma", "numarasi", "numaram", "numara", "benim", "numarasını",
      "numer", "moj", "moja", "moje", "to", "jest", "twoj",
      // ru (Cyrillic words are matched whole here)
      "номер", "мой", "моя", "мое", "это", "ваш", "ваша",
      // hi, ar
      "संख्या", "नंबर", "है", "मेरा", "मेरी", "का", "की", "رقم", "هو", "هي", "nº", "n°"));

  /** Script fillers: what may follow a script label before the value. */
  static final List<String> SCRIPT_FILLERS = List.of("号码", "號碼", "号", "號", "码", "碼",
      "番号", "番號", "번호", "是", "为", "為", "は", "が", "の", "를", "는", "은", "이", "가",
      "의", "입니다", "です", "：", "我的", "我", "私の", "제", "내", "本人", "您的", "你的",
      "номер", "мой", "моя", "رقم", "هو", "संख्या", "नंबर", "है", "मेरा", "मेरी", "का", "की",
      // Arabic possessive suffixes (هاتفي "my phone"), Korean particles
      "ي", "ك", "ه", "을", "도", "로", "으로", "에");

  static final Set<String> BLOCKERS = Set.copyOf(List.of(
      // en
      "order", "orders", "tracking", "track", "shipment", "shipping", "parcel", "package",
      "invoice", "sku", "item", "product", "model", "serial", "confirmation", "atin", "atins",
      "irsn",
      "booking", "ticket", "reservation", "transaction", "txn", "trace", 
      "session", "sessionid", "uuid", "guid", "hash", "sha", "md5", "version", "ver", "build",
      "isbn", "ip", "zip", "zipcode", "postal", "postcode", "price", "total", "amount", "qty",
      "quantity", "fee", "fees", "cost", "usd", "eur", "lat", "lon", "lng", "latitude",
      "longitude", "timestamp", "ts", "time", "date", "created", "updated", "epoch", "millis",
      "pid", "port", "userid", "customer", "employee", "patient", "mrn", "claim", "policy",
      "receipt", "voucher", "coupon", "promo", "pin", "otp", "verification", "wallet", "cover",
      "case", "bag", "photo", "photos", "appointment", "office", "page", "line", "row", "step",
      "count", "size", "member", "membership", "loyalty", "rewards", "flight", "seat", "room",
      "part", "catalog", "upc", "ean", "asin", "lot", "batch", "job", "task", "issue", "pr",
      "commit", "release", "vin", "plate", "year", "age", "height", "weight", "score", "views",
      "likes", "followers", "downloads", "rank", "record", "index", "offset", "limit", "error",
      "status", "duration", "latency", "bytes", "kb", "mb", "gb", "ms", "sec", "seconds",
      "minutes", "hours", "days", "items", "units", "pieces", "pcs", "stock", "inventory",
      "checksum", "crc", "nonce", "token", "api", "trace", "span", "build", "revision", "rev",
      "cart", "basket", "application", "appl", "tracker", "shipment", "delivery", "waybill",
      "awb", "consignment", "container", "case", "incident", "report", "document", "doc",
      "message", "msg", "event", "device", "imei", "mac", "host", "server", "pedido",
      "seguimiento", "rastreamento", "rastreo", "envio", "factura", "producto", "articulo",
      "commande", "suivi", "facture", "produit", "article", "colis",
      "bestellung", "bestellnummer", "sendung", "sendungsnummer", "rechnung", "artikel",
      "artikelnummer", "auftrag", "fatura", "encomenda", "produto", "ordine", "fattura",
      "prodotto", "spedizione", "tracciamento", "bestelling", "factuur", "artikelnummer",
      "zending", "siparis", "takip", "kargo", "urun", "zamowienie", "zamowienia", "faktura",
      "przesylka", "produkt", "version",
      "mfa", "2fa", "captcha", "password", "pwd", "pass", "passcode", "cvv", "cvc", "exp",
      "expiry", "expiration", "key", "balance", "limit", "due", "paid", "charge", "charged",
      "refund", "points", "miles", "rate", "interest", "apr", "salary", "income", "ref", "reference", "referencia", "request", "req", "holder", "sleeve", "protector", "organizer", "pouch", "template",
      "pack", "guide", "ebook", "poster", "kit", "bundle", "don", "user", "username", "login", "client", "student", "aws", "arn",
      "iam", "gcp", "azure", "project", "tenant", "org", "workspace", "subscription",
      "instance", "cluster", "pod", "node", "db", "database", "table", "column", "query",
      "hotel", "gate", "route", "bus", "train", "vehicle", "car", "serie", "numero de serie",
      "pedido", "commande", "ordine", "bestelnummer", "sipariş", "zamówienie"));

  /**
   * Blockers that say plainly what a value is, so that even a distinctive form (a valid card or
   * SSN shape) under them is that thing and not personal data; other blockers only stop a weak
   * value from borrowing a label further back.
   */
  static final Set<String> STRONG_BLOCKERS = Set.copyOf(List.of("order", "orders", "tracking",
      "track", "shipment", "shipping", "parcel", "package", "invoice", "sku", "item", "product",
      "model", "serial", "confirmation", "booking", "ticket", "reservation", "transaction", "txn",
      "trace", "session", "sessionid", "uuid", "guid", "hash", "sha", "md5", "version", "ver",
      "build", "isbn", "ip", "zip", "zipcode", "postal", "postcode", "price", "total", "amount",
      "qty", "quantity", "fee", "cost", "lat", "lon", "lng", "latitude", "longitude",
      "timestamp", "epoch", "upc", "ean", "asin", "lot", "batch", "awb", "waybill", "imei",
      "receipt", "voucher", "coupon", "promo", "otp", "verification", "pin", "cvv", "pedido",
      "seguimiento", "rastreamento", "factura", "commande", "suivi", "facture", "bestellung",
      "bestellnummer", "sendungsnummer", "rechnung", "encomenda", "ordine", "fattura",
      "spedizione", "tracciamento", "bestelling", "factuur", "siparis", "takip", "kargo",
      "zamowienie", "zamowienia", "faktura", "script",
      // other IRS numbers in the 9dd space (reference section 2): an ATIN or IRSN is no ITIN
      "atin", "atins", "irsn"));

  /**
   * Two-word names of things that are not the category their second word suggests: a business
   * license, a software license key, an account id of a web service.
   */
  static final Set<String> NEGATIVE_PAIRS = Set.of("account id", "account name", "account type",
      "account status", "account holder", "account manager", "account owner", "user account",
      "aws account", "user id", "customer id", "member id", "license key", "product key",
      "license plate", "business license", "software license", "professional license",
      "medical license", "marriage license", "fishing license", "hunting license",
      "liquor license", "contractor license", "pilot license", "nursing license",
      "card type", "card brand", "card holder", "cardholder name", "gift card", "sim card",
      "id card", "library card", "loyalty card", "phone model", "phone case", "passport photo",
      "passport photos", "passport fee", "passport office", "passport status", "passport expiry",
      "routing key", "routing table", "routing rule");

  /** Script blockers, matched as substrings of a script word between a label and a value. */
  static final List<String> SCRIPT_BLOCKERS = List.of("订单", "訂單", "单号", "快递", "运单",
      "物流", "发票", "商品", "产品", "型号", "注文", "追跡", "配送", "請求書", "商品", "製品",
      "주문", "운송장", "송장", "배송", "상품", "заказ", "трек", "отслеж", "счет-фактур", "товар",
      "артикул", "طلب", "تتبع", "شحن", "فاتورة", "منتج", "ऑर्डर", "ट्रैकिंग", "चालान", "उत्पाद",
      "订购", "時間", "时间", "日期", "价格", "価格", "가격", "цена", "سعر", "कीमत");
}
