// Generated from /api/openapi.json by openapi-typescript: do not edit. `npm run generate:api` writes
// it anew; test/integration/api-types.test.ts fails when it is not what the live document gives.
export interface paths {
  "/api/auth/sign-in/email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** メールアドレスとパスワードでサインインする（セッション Cookie が返る） */
    post: operations["signInEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/sign-out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** サインアウトする（セッションを終える） */
    post: operations["signOut"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/get-session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** いまのセッションと利用者（サインインしていなければ null） */
    get: operations["getSession"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/change-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 自分のパスワードを変える（10文字以上。監査記録に残る） */
    post: operations["changePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** この API の説明（OpenAPI 3.1） */
    get: operations["getOpenApiDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * サインイン中の利用者と権限
     * @description セッション Cookie があればその利用者。匿名なら user: null（401 にはならない）。
     */
    get: operations["getMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 利用者と権限の一覧（管理者） */
    get: operations["listUsers"];
    put?: never;
    /**
     * 利用者を追加する（管理者）
     * @description 監査記録に残る。メールアドレスの重複、短いパスワード、知らない計画・担当課は 422。
     */
    post: operations["addUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users/{id}/grants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 利用者の権限を設定し直す（管理者）
     * @description 与えた権限ですべて置き換える。監査記録に残る。
     */
    put: operations["setUserGrants"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users/{id}/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * パスワードを設定し直す（管理者）
     * @description その利用者のセッションは終わる。監査記録に残る（パスワードそのものは残らない）。
     */
    post: operations["resetUserPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/audit.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 監査記録の CSV（管理者） */
    get: operations["getAuditCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 見られる評価年度の一覧 */
    get: operations["listCycles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/cycles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 計画の評価年度 */
    get: operations["listPlanCycles"];
    put?: never;
    /**
     * 評価年度を開く（政策評価担当）
     * @description 施策ごとに評価項目を作り、前年度の文章を引き継ぐ。開いている年度・資料として公表済みの年度は 409、年度や締切の誤りは 422。
     */
    post: operations["openCycle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 評価年度の進み具合
     * @description 施策ごとの状態・担当課・未入力の項目・最終更新と締切。
     */
    get: operations["getCycle"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 評価年度を公表する（政策評価担当）
     * @description すべての項目が承認済みのとき。入力内容がその年度の資料の数値になり、版として記録される。
     */
    post: operations["publishCycle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/items/{node}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 評価項目
     * @description 入力内容と版、様式、指標と事業、入力中の値で計算し直した率・判定、権限、履歴。
     */
    get: operations["getCycleItem"];
    /**
     * 評価項目を保存する
     * @description version が古ければ 409（現在の version・status・entries を返す）。提出済みの項目は 409。公表後の修正は政策評価担当だけが reason を添えて。入力の誤りは 422（項目ごと）。
     */
    put: operations["saveCycleItem"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/items/{node}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 評価項目を提出する（担当課）
     * @description 入力中・差戻しの項目を。必須の入力が足りなければ 422（項目ごと）。 version が古ければ 409（現在の内容を返す）。
     */
    post: operations["submitCycleItem"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/items/{node}/return": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 評価項目を差し戻す（政策評価担当）
     * @description 提出済み・承認済みの項目を。comment（直してほしい点）がなければ 422。 version が古ければ 409（現在の内容を返す）。
     */
    post: operations["returnCycleItem"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/items/{node}/approve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 評価項目を承認する（政策評価担当）
     * @description 提出済みの項目を。 version が古ければ 409（現在の内容を返す）。
     */
    post: operations["approveCycleItem"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/workbook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 担当課の入力用ブック（xlsx）
     * @description 実績値・予算・評価文・説明のシートと、識別用の隠しシート（計画・年度・担当課・ダウンロードした時点の値）。自分が編集できる担当課のもの
     */
    get: operations["getCycleWorkbook"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/workbook/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 入力用ブック・CSV の検査と変更点の一覧
     * @description 何も書き込まない。誤りのあるセルは ok: false の errors に（422 ではなく 200）
     */
    post: operations["previewCycleWorkbook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/cycles/{id}/workbook/apply": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 入力用ブック・CSV の取込
     * @description 1トランザクションで取り込む（監査記録に取り込んだ人）。誤りのあるセルが一つでもあれば 422（errors: sheet, row, column, message）で、何も書き込まない。ダウンロード後に Hyoka で変わった値は取り込まず conflicts に
     */
    post: operations["applyCycleWorkbook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plan-setup/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 計画設定用ブックのひな形
     * @description 計画・体系・事業・指標・目標・実績・参考値・予算のシートと説明。サインイン不要
     */
    get: operations["getPlanSetupTemplate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plan-setup/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 計画設定用ブックの検査
     * @description 作成・更新される計画と件数、または誤りのあるセル（ok: false の errors、200）。何も書き込まない。管理者か政策評価担当
     */
    post: operations["previewPlanSetup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plan-setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 計画設定用ブックから計画を作成・更新
     * @description 管理者、または計画の政策評価担当（新しい計画は政策評価担当なら誰でも）。同じキーの計画はブックの内容で置き換わる。誤りのあるセルが一つでもあれば 422（errors）で、何も登録しない
     */
    post: operations["applyPlanSetup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/programs/{id}/merge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 別の事業をこの事業に統合する
     * @description 別の事業（otherId）の出典・掲載・予算・評価をこの事業に移し、その事業をなくす。管理者と、両方の事業の計画の政策評価担当だけ。理由が要り、監査記録に残る。
     */
    post: operations["mergePrograms"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/programs/{id}/split": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 一つの資料の記載を新しい事業に分ける
     * @description 一つの資料（document: 資料のキー）がこの事業について記載したこと（出典・掲載・予算・評価）を新しい事業に移す。管理者と、その計画の政策評価担当だけ。理由が要り、監査記録に残る。
     */
    post: operations["splitProgram"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/nodes/{id}/editions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 施策の公表済みの版
     * @description 施策の基本評価調書の、公表したすべての年度と版（版数・公表元・公表者・訂正の理由・差し替え）。
     */
    get: operations["getNodeEditions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/nodes/{id}/editions/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 施策の二つの年度の版の比較
     * @description 施策の基本評価調書の二つの年度の版を、行ごとに（記載・成果指標・評価・事務事業）変わらない・変わった・追加・削除で比べる。年度がない・比べられる版が二つないときは 404（parameter に from か to）。
     */
    get: operations["compareNodeEditions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/programs/{id}/editions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 事業が載っている資料の公表済みの版
     * @description 事業が載っている公表済みの資料と、その一つ（plan・node で選ぶ。既定は最初の資料）の版。
     */
    get: operations["getProgramEditions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/programs/{id}/editions/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 事業の行の二つの年度の版の比較
     * @description 事業が載っている資料（plan・node で選ぶ）の二つの年度の版で、事業の行（予算・決算・人工・対応方針・実績・内容など）を比べる。
     */
    get: operations["compareProgramEditions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/desk": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 相談窓口の支援機関と別紙の同意基本計画
     * @description 支援機関（正式名・略称、地域経済牽引支援機関かネットワークか、センターか）、別紙の同意基本計画とその事業分野、案件の項目（事業分野・段階・支援の種類・回付の種類・状態）の値と表示名。相談窓口のない計画は 404。
     */
    get: operations["getDesk"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/desk/counts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 計画年度ごとの支援件数と目標（件数だけ）
     * @description 計画年度ごとの新規・継続・合計（計画の支援件数）・フォローアップ未実施の件数と目標件数、基準日（asOf）時点。会社名は含まない。未実施の案件の ID は、その案件を見られる利用者にだけ示す。
     */
    get: operations["getDeskCounts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/desk/quarters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 四半期ごとの件数（機関 × 事業分野 × 新規・継続）
     * @description 四半期ごとの、支援機関 × 事業分野 × 新規・継続の案件数（年度 fiscalYear で絞れる）と、確認済みの四半期。会社名・案件は含まない。確認した職員の名前は相談窓口の利用者にだけ示す。
     */
    get: operations["getDeskQuarters"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/desk/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 見られる相談案件の一覧
     * @description センターの職員と管理者はすべての案件、ほかの支援機関の職員は関わった案件（受け付けた・回付された・チームにいる・支援した）。受付日の新しい順。支援機関の職員でも管理者でもなければ 403。
     */
    get: operations["listDeskCases"];
    put?: never;
    /**
     * 相談案件を登録する
     * @description 受け付けた支援機関（receivedBy）は省略すると自分の機関（センターの職員と管理者は他の機関も指定できる。管理者が省略するとセンター）。事業分野が市町村の同意基本計画（別紙）にないときも登録し、warnings に注意を返す。入力の誤りは 422（すべての項目を errors に）。監査記録に残る。
     */
    post: operations["registerDeskCase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/desk/cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 相談案件
     * @description 会社・相談内容・回付の記録・チーム・支援の記録・計画年度ごとの新規・継続・未実施・別紙の注意。案件に関わっていない支援機関の職員と、支援機関の職員でない利用者は 403。
     */
    get: operations["getDeskCase"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/desk/cases/{id}/steps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 相談案件を回付する（自ら対応・センターへ報告・引継ぎ・チーム結成）
     * @description handled: 関わる機関が自ら対応。reported: センター以外の機関がセンターへ報告。handed_on（引継ぎ）と team（チーム結成）はセンターだけ（ほかは 403）。version が古ければ 409 conflict（現在の version と status を返す）、終了した案件は 409 closed、センターのない計画への報告は 409 no_center。入力の誤りは 422。監査記録に残る。
     */
    post: operations["routeDeskCase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/desk/cases/{id}/supports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 支援を記録する
     * @description 関わる機関の職員が自分の機関の支援を（センターの職員と管理者は関わる機関のどれか、またはセンターの支援を organizationId で）。終了した案件にも記録できる（フォローアップ）。version が古ければ 409 conflict（現在の version と status を返す）、その機関が確認済みの四半期の日付は 409 quarter_locked。入力の誤りは 422。監査記録に残る。
     */
    post: operations["recordDeskSupport"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/desk/cases/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 相談案件を結果とともに終える
     * @description version が古ければ 409 conflict（現在の version と status を返す）、終了済みは 409 closed。入力の誤りは 422。監査記録に残る。
     */
    post: operations["closeDeskCase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/desk/follow-ups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * フォローアップの期限が来ている案件
     * @description 基準日（asOf）の四半期に、フォローアップの年度でまだ支援のない、見られる案件。支援機関の職員でも管理者でもなければ 403。
     */
    get: operations["listDeskFollowUps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}/desk/quarters/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 支援機関の四半期の件数を確認する（その機関の職員）
     * @description 確認した件数を記録し、以後その機関のその四半期の日付の支援は記録できない。その機関の職員だけ（管理者も 403）。終わっていない四半期は 409 quarter_not_over、確認済みは 409 confirmed。入力の誤りは 422。監査記録に残る。
     */
    post: operations["confirmDeskQuarter"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** すべての計画: 判定ごとの指標数、年度ごとの予算、遅れている指標 */
    get: operations["getOverview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 計画とその体系: ノードごとの判定・総合判定・予算 */
    get: operations["getPlan"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/nodes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 施策等: 指標・記載・評価・事業と予算・合計 */
    get: operations["getNode"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/indicators/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 指標: すべての観測、計画ごとの目標と率、見通し */
    get: operations["getIndicator"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/programs/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事業: 年度ごとの予算、載っているすべてのノード */
    get: operations["getProgram"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 担当課の一覧 */
    get: operations["listDepartments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/departments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 担当課と、その受け持つ施策と事業 */
    get: operations["getDepartment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 検索（全角・半角を区別しない） */
    get: operations["search"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** hyoka check の結果: データの食い違いと知っておくとよいこと */
    get: operations["check"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * ページに当てはまる資料
     * @description 計画（plan）・施策（node）・事業（program）のページからダウンロードできる、年度ごとの資料と、資料の種類の一覧。
     */
    get: operations["listReports"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 資料をファイルで
     * @description 基本評価調書・推進状況・進捗状況・関連事業を PDF・XLSX・HTML・CSV で。公表した年度は公表した版のとおり。ファイル名は Content-Disposition に（HTML は inline）。
     */
    get: operations["getReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/opendata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * オープンデータの表と項目
     * @description オープンデータの表と、その項目の名前・型・説明（データ定義）。
     */
    get: operations["getOpenDataDictionary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/opendata.zip": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * オープンデータの zip
     * @description すべての表の CSV（UTF-8、BOM 付き）とデータ定義書の zip。plan でその計画の分だけ。
     */
    get: operations["getOpenDataZip"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/opendata/{table}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * オープンデータの表の行
     * @description 一つの表の行を JSON で、offset から limit 行まで（more: 続きがある）。
     */
    get: operations["getOpenDataRecords"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AuthUser: {
      id: string;
      name: string;
      email: string;
      emailVerified: boolean;
      image?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description 拒否の理由。409 は現在の内容、422 は errors を同じ階層に持つ */
    ApiError: {
      /** @description 機械向けの安定した識別子: not_found, bad_parameter, unauthenticated, forbidden, conflict, invalid, csrf … */
      code: string;
      /** @description 利用者向けの日本語のメッセージ */
      message: string;
      /** @description 誤りのあるパラメータ（bad_parameter） */
      parameter?: string;
      /** @description 項目ごとの誤り（invalid） */
      errors?: ({
        message: string;
        field?: string;
        label?: string;
      } & {
        [key: string]: unknown;
      })[];
    } & {
      [key: string]: unknown;
    };
    /** @description better-auth の拒否の理由 */
    AuthError: {
      /** @description 英語のメッセージ（better-auth） */
      message: string;
      /** @description INVALID_EMAIL_OR_PASSWORD など */
      code?: string;
    };
    AuthSession: {
      id: string;
      token: string;
      userId: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      ipAddress?: string | null;
      userAgent?: string | null;
    };
    OpenApiDocument: {
      [key: string]: unknown;
    };
    Me: {
      /** @description サインイン中の利用者。匿名なら null */
      user: {
        /** @description 利用者のID */
        id: string;
        name: string;
        email: string;
        grants: components["schemas"]["MeGrant"][];
        /** @description 管理者かどうか */
        admin: boolean;
      } | null;
    };
    MeGrant: {
      role: components["schemas"]["Role"];
      /** @description 政策評価担当が受け持つ計画のID */
      planId: number | null;
      /** @description 担当課の ID（担当課の権限） */
      departmentId: number | null;
      /** @description 支援機関のID（支援機関の職員の権限） */
      supportOrganizationId: number | null;
      /** @description 役割の日本語名（管理者、政策評価担当 …） */
      label: string;
    };
    /**
     * @description 役割: admin（管理者）、evaluator（政策評価担当）、editor（担当課）、viewer（閲覧者）、supporter（支援機関の職員）
     * @enum {string}
     */
    Role: "admin" | "evaluator" | "editor" | "supporter" | "viewer";
    UserList: {
      users: components["schemas"]["UserSummary"][];
    };
    UserSummary: {
      /** @description 利用者のID */
      id: string;
      name: string;
      email: string;
      grants: components["schemas"]["UserGrant"][];
    };
    UserGrant: {
      role: components["schemas"]["Role"];
      /** @description 受け持つ計画のID（政策評価担当） */
      planId: number | null;
      /** @description 担当課のID（担当課） */
      departmentId: number | null;
      /** @description 支援機関のID（支援機関の職員） */
      supportOrganizationId: number | null;
      /** @description 受け持つ計画のキー */
      plan: string | null;
      /** @description 担当課の名前 */
      department: string | null;
      /** @description 支援機関の名前 */
      supportOrganization: string | null;
    };
    UserCreated: {
      /** @description 追加した利用者のID */
      id: string;
    };
    AddUserInput: {
      /** @description メールアドレス（小文字にそろえる） */
      email: string;
      /** @description 名前（空ならメールアドレス） */
      name: string;
      /** @description 初めのパスワード（10文字以上） */
      password: string;
      grants: components["schemas"]["GrantInput"][];
    };
    GrantInput: {
      /**
       * @description 役割
       * @enum {string}
       */
      role: "admin" | "evaluator" | "editor" | "supporter" | "viewer";
      /** @description 政策評価担当が受け持つ計画のキー */
      plan?: string;
      /** @description 担当課の名前（同名が複数あれば部・局から: 経済部産業振興局産業振興課） */
      department?: string;
      /** @description 支援機関の名前か略称（supporter: その機関の職員。例: ノーステック財団） */
      organization?: string;
    };
    Ok: {
      /** @enum {boolean} */
      ok: true;
    };
    GrantsInput: {
      grants: components["schemas"]["GrantInput"][];
    };
    PasswordInput: {
      /** @description 新しいパスワード（10文字以上） */
      password: string;
    };
    /** @description 利用者が見られる評価年度。新しい年度から */
    CycleList: {
      cycles: components["schemas"]["CycleSummary"][];
    };
    CycleSummary: {
      /** @description 評価年度（サイクル）のID */
      id: number;
      /** @description 評価年度（西暦） */
      fiscalYear: number;
      status: components["schemas"]["CycleStatus"];
      /**
       * Format: date
       * @description 締切（YYYY-MM-DD）。決めていなければ null
       */
      deadline: string | null;
      /**
       * Format: date-time
       * @description 公表した日時。公表前は null
       */
      publishedAt: string | null;
      plan: {
        /** @description 計画のキー */
        key: string;
        /** @description 計画の名前 */
        name: string;
      };
      /** @description この利用者が政策評価担当として扱えるか */
      canEvaluate: boolean;
    };
    /**
     * @description 評価年度の状態: open（入力中）、published（公表済み）
     * @enum {string}
     */
    CycleStatus: "open" | "published";
    /** @description 計画の評価年度。新しい年度から */
    PlanCycles: {
      /** @description この利用者が新しい評価年度を開けるか */
      canOpen: boolean;
      cycles: {
        /** @description 評価年度（サイクル）のID */
        id: number;
        /** @description 評価年度（西暦） */
        fiscalYear: number;
        status: components["schemas"]["CycleStatus"];
        /**
         * Format: date
         * @description 締切（YYYY-MM-DD）。決めていなければ null
         */
        deadline: string | null;
        /**
         * Format: date-time
         * @description 公表した日時。公表前は null
         */
        publishedAt: string | null;
      }[];
    };
    CycleOpened: {
      /** @description 開いた評価年度（サイクル）のID */
      id: number;
    };
    OpenCycleInput: {
      /**
       * @description 評価年度（西暦4桁、1989〜2199。範囲外は 422）
       * @example 2024
       */
      fiscalYear: number;
      /**
       * Format: date
       * @description 締切（YYYY-MM-DD、暦にある日。そうでなければ 422）
       * @example 2024-08-31
       */
      deadline?: string | null;
    };
    /** @description 評価年度の進み具合: 施策ごとの状態・未入力・最終更新 */
    CycleDashboard: {
      /** @description 評価年度（サイクル）のID */
      id: number;
      plan: {
        /** @description 計画のキー */
        key: string;
        /** @description 計画の名前 */
        name: string;
      };
      /** @description 評価年度（西暦） */
      fiscalYear: number;
      status: components["schemas"]["CycleStatus"];
      /**
       * Format: date
       * @description 締切（YYYY-MM-DD）。決めていなければ null
       */
      deadline: string | null;
      /**
       * Format: date-time
       * @description 開いた日時
       */
      openedAt: string;
      /**
       * Format: date-time
       * @description 公表した日時。公表前は null
       */
      publishedAt: string | null;
      /** @description この利用者が政策評価担当として扱えるか */
      canEvaluate: boolean;
      items: components["schemas"]["DashboardItem"][];
    };
    DashboardItem: {
      /** @description 施策のノードID */
      nodeId: number;
      /** @description 施策の番号 */
      code: string | null;
      name: string;
      /** @description 階層（計画の levels の一つ） */
      level: string;
      departments: {
        /** @description 担当課のID */
        id: number;
        /** @description 担当課の名前 */
        name: string;
      }[];
      status: components["schemas"]["ItemStatus"];
      /** @description 差し戻しのコメント */
      comment: string | null;
      /**
       * Format: date-time
       * @description 最終更新の日時
       */
      updatedAt: string;
      /** @description 最後に更新した利用者の名前。まだ誰も更新していなければ null */
      updatedBy: string | null;
      /** @description 提出にまだ足りない項目のパス（未入力の必須項目と、項目間の不整合） */
      missing: string[];
      /** @description この利用者が入力できるか */
      canEdit: boolean;
    };
    /**
     * @description 評価項目の状態: draft（入力中）、submitted（提出済）、returned（差戻し）、approved（承認済）
     * @enum {string}
     */
    ItemStatus: "draft" | "submitted" | "returned" | "approved";
    PublishResult: {
      /** @enum {string} */
      status: "published";
    };
    /** @description 評価項目: 入力内容と版、様式、指標と事業、計算し直した率・判定、権限、履歴 */
    ItemView: {
      cycle: {
        id: number;
        fiscalYear: number;
        status: components["schemas"]["CycleStatus"];
        /**
         * Format: date
         * @description 締切（YYYY-MM-DD）。決めていなければ null
         */
        deadline: string | null;
        plan: {
          /** @description 計画のキー */
          key: string;
          /** @description 計画の名前 */
          name: string;
        };
      };
      node: {
        id: number;
        /** @description 施策の番号 */
        code: string | null;
        name: string;
        level: string;
      };
      departments: {
        /** @description 担当課のID */
        id: number;
        /** @description 担当課の名前 */
        name: string;
      }[];
      status: components["schemas"]["ItemStatus"];
      /** @description 保存・提出のときに送る版 */
      version: number;
      /** @description 差し戻しのコメント */
      comment: string | null;
      /**
       * Format: date-time
       * @description 最終更新の日時
       */
      updatedAt: string;
      /** @description 入力内容: 項目のパス → 値（docs/evaluation-cycle.md） */
      entries: {
        [key: string]: string;
      };
      /** @description 入力できる年度の範囲（計画の期間） */
      years: {
        from: number;
        to: number;
      };
      /** @description 総合判定の選択肢 */
      judgements: string[];
      /** @description 計画の評価ルールが指標に区分を付けるか */
      graded: boolean;
      form: components["schemas"]["CycleForm"];
      /** @description 決算・決算見込を入力する年度 */
      settledYear: number;
      /** @description 施策の活動と公表済みの件数。様式は決算年度の件数を尋ねる */
      activities: components["schemas"]["ActivitySeries"][];
      indicators: components["schemas"]["ItemIndicator"][];
      /** @description 入力中の値で計算し直した施策の判定 */
      computed: {
        /** @description 指標判定（施策の区分） */
        grade: string | null;
        /** @description 区分からの総合判定 */
        judgement: string | null;
        /** @description 見込み値に基づく暫定の判定か */
        provisional: boolean;
      };
      programs: components["schemas"]["ItemProgram"][];
      rights: components["schemas"]["ItemRights"];
      /** @description この項目の変更の記録。新しいものから */
      history: components["schemas"]["ItemHistoryEntry"][];
    };
    /** @description 計画の評価ルールが定める毎年度の入力様式（docs/evaluation-cycle.md） */
    CycleForm: {
      /** @description 施策ごとに一度だけ尋ねる項目 */
      measure: ("analysis" | "coordination" | "urgency" | "judgement" | "activity")[];
      /** @description 毎年度入力する施策の文章（資料に印字される見出し: 施策の概要、取組概要 …） */
      texts: string[];
      /** @description 指標ごとに実績のほかに尋ねる項目 */
      indicator: ("target" | "milestone" | "estimate")[];
      /** @description 事業ごとに尋ねる項目 */
      program: (
        | "budget"
        | "settled"
        | "settledEstimate"
        | "generalRevenue"
        | "staffHq"
        | "staffBranch"
        | "policy"
        | "direction"
        | "progress"
        | "content"
      )[];
      /** @description 提出に欠かせない項目: analysis、coordination/rating、urgency/rating、proposedJudgement、text/<見出し>、<事業の項目>/*（すべての事業） */
      required: string[];
      /** @description 決算・決算見込を入力する年度の、評価年度からのずれ（-1: 前年度の決算）。予算は評価年度 */
      settledYearOffset: number;
    };
    ActivitySeries: {
      id: number;
      /** @description 括弧が書かれた文: 成果, 連携状況, 緊急性・優先性 */
      section: string;
      label: string;
      unit: string;
      /** @description 古い年度から */
      counts: {
        fiscalYear: number;
        value: string;
        qualifier: string | null;
      }[];
    };
    ItemIndicator: {
      /** @description 指標のID */
      id: number;
      name: string;
      unit: string;
      /** @description 値の小数の桁数 */
      scale: number;
      /** @description 実績値は支援台帳（相談案件の支援の記録）から集計される（台帳から）。入力はできず、入力すると 422 */
      actualFromRegister: boolean;
      observations: {
        /** @description actual（実績）、または参照系列（national …） */
        series: string;
        from: number;
        to: number;
        /** @description 値（小数の文字列） */
        value: string | null;
        /** @description 達成した段階 */
        milestone: string | null;
        /** @description 見込み値か */
        estimate: boolean;
        /** @description 値の代わりの状態（未公表 …） */
        status: string | null;
        /** @description 注記（時点など） */
        note: string | null;
      }[];
      targets: {
        from: number;
        to: number;
        /** @description 目標値（小数の文字列） */
        value: string | null;
        /** @description 最終目標か */
        final: boolean;
      }[];
      /** @description 入力中の値で計算し直した評価 */
      record: components["schemas"]["IndicatorRecord"] | null;
    };
    IndicatorRecord: {
      usageId: number;
      indicatorId: number;
      nodeId: number;
      plan: string;
      planKey: string;
      nodeKey: string;
      nodeCode: string | null;
      nodeName: string;
      indicator: string;
      indicatorKey: string;
      unit: string;
      direction: string;
      baseline: {
        value: string | null;
        period: components["schemas"]["Period"] | null;
      } | null;
      /** @description 率の計算に使う実績値 */
      actual: {
        value: string;
        period: components["schemas"]["Period"];
        /** @description 見込み値 */
        estimate: boolean;
      } | null;
      target: {
        value: string | null;
        period: components["schemas"]["Period"];
        kind: string;
      } | null;
      referenceValue: string | null;
      /** @description 達成率（%、規程の丸め） */
      rate: string | null;
      /** @description 率が出ない理由 */
      rateReason: string | null;
      grade: string | null;
      /** @description 率・判定が見込み値に基づく（暫定） */
      provisional: boolean;
      publishedRate: string | null;
      publishedGrade: string | null;
      publishedPeriod: components["schemas"]["Period"] | null;
      evaluatedAsOf: string;
      profile: string;
    };
    Period: {
      /** @description 始まりの年（西暦） */
      from: number;
      /** @description 終わりの年（西暦） */
      to: number;
      /** @description 表示名（R4、令和4年度、R2〜R4 …） */
      label: string;
    };
    ItemProgram: {
      /** @description 事業のID */
      id: number;
      /** @description 事業の番号 */
      code: string | null;
      name: string;
      /** @description 再掲か */
      relisted: boolean;
      budgets: {
        fiscalYear: number;
        /** @description 予算、決算、決算見込 … */
        kind: string;
        /** @description 金額（整数の文字列、10^scale 円単位: scale 3 なら千円） */
        amount: string;
        scale: number;
      }[];
      /** @description この施策での事業の直近の評価 */
      lastEvaluation: {
        program_id: number;
        evaluation_year: number;
        /** @description 対応方針番号 */
        response_policy_no: string | null;
        /** @description 方向性 */
        direction: string | null;
      } | null;
      /** @description 終了した事業の終了と後継。続いていれば null */
      ended: {
        /** @description 「令和3年度をもって終了」など */
        label: string;
        successor: {
          id: number;
          name: string;
        } | null;
      } | null;
      /** @description 事業が終了していて値を取らない様式の項目 */
      closed: (
        | "budget"
        | "settled"
        | "settledEstimate"
        | "generalRevenue"
        | "staffHq"
        | "staffBranch"
        | "policy"
        | "direction"
        | "progress"
        | "content"
      )[];
    };
    ItemRights: {
      /** @description 入力できるか */
      edit: boolean;
      /** @description 提出できるか */
      submit: boolean;
      /** @description 政策評価担当として差し戻し・承認できるか */
      evaluate: boolean;
      /** @description 二次政策評価を書けるか（審査中から公表まで） */
      review: boolean;
      /** @description 公表後の修正で、理由が要るか */
      correctionNeedsReason: boolean;
    };
    ItemHistoryEntry: {
      /**
       * Format: date-time
       * @description 日時
       */
      at: string;
      /** @description 利用者の名前 */
      user: string;
      /** @description 操作: edit、correct、submit、return、approve … */
      action: string;
      /** @description 項目のパス */
      field: string | null;
      /** @description 項目の名前 */
      label: string | null;
      /** @description 変更前 */
      old: string | null;
      /** @description 変更後 */
      new: string | null;
      /** @description 理由・コメント */
      reason: string | null;
    };
    SaveResult: {
      /** @description 保存後の版（変更がなければ元の版） */
      version: number;
      /** @description 変わった項目の数（0: 何も変わらず、版もそのまま） */
      changed: number;
    };
    SaveItemInput: {
      /** @description 読んだときの版（古ければ 409 と現在の内容） */
      version: number;
      /** @description 項目のパス → 値（空文字列で消す。docs/evaluation-cycle.md） */
      changes: {
        [key: string]: string;
      };
      /** @description 公表後の修正の理由（そのときは必須） */
      reason?: string | null;
    };
    TransitionResult: {
      status: components["schemas"]["ItemStatus"];
      /** @description 状態を変えた後の版 */
      version: number;
    };
    TransitionInput: {
      /** @description 読んだときの版（古ければ 409 と現在の内容） */
      version: number;
      /** @description コメント（差し戻しでは必須: 直してほしい点） */
      comment?: string | null;
    };
    /** @description ok: false のときは errors（誤りのあるセル）。ok: true のときは changes（old → new）、conflicts（ダウンロード後に Hyoka で変わった値。取り込まない）、unchanged */
    WorkbookPreview:
      components["schemas"]["WorkbookPreviewInvalid"] | components["schemas"]["WorkbookPreviewValid"];
    /** @description 誤りのあるセルがある（取り込めない） */
    WorkbookPreviewInvalid: {
      /** @enum {boolean} */
      ok: false;
      /** @description 誤りのあるセル（シート・行・列の順） */
      errors: components["schemas"]["WorkbookProblem"][];
      /** @description 取り込んだファイルの名前 */
      file: string;
      /**
       * @description ファイルの形式
       * @enum {string}
       */
      format: "xlsx" | "csv";
      /**
       * @description CSV の文字コード（CSV のときだけ）
       * @enum {string}
       */
      encoding?: "utf-8" | "utf-8-bom" | "shift_jis";
      /** @description 読んだ行の数 */
      rows: number;
    };
    /** @description ブック・CSV のセル（または行）の誤り */
    WorkbookProblem: {
      /** @description シート名（CSV ではファイル名） */
      sheet: string;
      /** @description 行番号（1から）。0 はシートやファイル全体の誤り */
      row: number;
      /** @description 列の文字（E）。空文字は行全体（またはファイル全体）の誤り */
      column: string;
      /** @description 誤りと直し方（日本語） */
      message: string;
      /** @description 項目の名前（項目についての誤りのとき） */
      label?: string;
    };
    /** @description 誤りがない: 取り込むと変わるセルと競合 */
    WorkbookPreviewValid: {
      /** @enum {boolean} */
      ok: true;
      /** @description 取込先の評価年度 */
      cycle: {
        id: number;
        planKey: string;
        planName: string;
        /** @description 評価年度（西暦） */
        fiscalYear: number;
      };
      /** @description 取り込む変更（シート・行・列の順） */
      changes: components["schemas"]["WorkbookChange"][];
      /** @description 取り込まない競合 */
      conflicts: components["schemas"]["WorkbookConflict"][];
      /** @description 変わらないセルの数 */
      unchanged: number;
      /** @description 取り込んだファイルの名前 */
      file: string;
      /**
       * @description ファイルの形式
       * @enum {string}
       */
      format: "xlsx" | "csv";
      /**
       * @description CSV の文字コード（CSV のときだけ）
       * @enum {string}
       */
      encoding?: "utf-8" | "utf-8-bom" | "shift_jis";
      /** @description 読んだ行の数 */
      rows: number;
    };
    /** @description 取り込むと変わるセル（old → new） */
    WorkbookChange: {
      sheet: string;
      row: number;
      /** @description 列の文字（E） */
      column: string;
      /** @description 施策等のID */
      nodeId: number;
      /** @description 施策等のコード */
      nodeCode: string | null;
      nodeName: string;
      /** @description 入力項目のパス（actual/<指標>/<年度>/value、budget/<事業>、analysis …） */
      field: string;
      /** @description 入力項目の名前 */
      label: string;
      /** @description Hyoka の今の値（ない: null） */
      old: string | null;
      /** @description 取り込む値（消す: null） */
      new: string | null;
    };
    /** @description ダウンロード後に Hyoka でも変わった値を、ブックでも変えたセル。取り込まない（old が Hyoka の今の値） */
    WorkbookConflict: {
      sheet: string;
      row: number;
      /** @description 列の文字（E） */
      column: string;
      /** @description 施策等のID */
      nodeId: number;
      /** @description 施策等のコード */
      nodeCode: string | null;
      nodeName: string;
      /** @description 入力項目のパス（actual/<指標>/<年度>/value、budget/<事業>、analysis …） */
      field: string;
      /** @description 入力項目の名前 */
      label: string;
      /** @description Hyoka の今の値（ない: null） */
      old: string | null;
      /** @description 取り込む値（消す: null） */
      new: string | null;
      /** @description ダウンロードしたときの値 */
      downloaded: string | null;
    };
    /** @description 取り込んだ変更（changes）と、取り込まなかった競合（conflicts） */
    WorkbookApplied: {
      /** @enum {boolean} */
      ok: true;
      /** @description 取込先の評価年度 */
      cycle: {
        id: number;
        planKey: string;
        planName: string;
        /** @description 評価年度（西暦） */
        fiscalYear: number;
      };
      /** @description 取り込む変更（シート・行・列の順） */
      changes: components["schemas"]["WorkbookChange"][];
      /** @description 取り込まない競合 */
      conflicts: components["schemas"]["WorkbookConflict"][];
      /** @description 変わらないセルの数 */
      unchanged: number;
      /** @description 取り込んだファイルの名前 */
      file: string;
      /**
       * @description ファイルの形式
       * @enum {string}
       */
      format: "xlsx" | "csv";
      /**
       * @description CSV の文字コード（CSV のときだけ）
       * @enum {string}
       */
      encoding?: "utf-8" | "utf-8-bom" | "shift_jis";
      /** @description 読んだ行の数 */
      rows: number;
      /** @description 取り込んだ変更の数 */
      applied: number;
      /** @description 保存した評価項目の数 */
      items: number;
    };
    /** @description ok: false のときは errors（誤りのあるセル）。ok: true のときは登録する計画と件数 */
    PlanSetupPreview:
      components["schemas"]["PlanSetupPreviewInvalid"] | components["schemas"]["PlanSetupPreviewValid"];
    /** @description 誤りのあるセルがある（登録できない） */
    PlanSetupPreviewInvalid: {
      /** @enum {boolean} */
      ok: false;
      /** @description ファイルの名前 */
      file: string;
      /** @description 誤りのあるセル */
      errors: components["schemas"]["WorkbookProblem"][];
    };
    /** @description 誤りがない: 登録する計画と件数 */
    PlanSetupPreviewValid: {
      /** @enum {boolean} */
      ok: true;
      /** @description ファイルの名前 */
      file: string;
      plan: {
        key: string;
        name: string;
        /** @description true: 同じキーの計画を置き換える。false: 新しく作る */
        exists: boolean;
      };
      /** @description 登録する件数 */
      counts: {
        /** @description 施策等 */
        nodes: number;
        /** @description 事業 */
        programs: number;
        /** @description 事業の掲載先（再掲を含む） */
        programLinks: number;
        /** @description 指標 */
        indicators: number;
        /** @description 目標 */
        targets: number;
        /** @description 実績値・参考値 */
        observations: number;
        /** @description 予算の行 */
        budgetLines: number;
      };
    };
    /** @description 作成・更新した計画のキーと件数 */
    PlanSetupApplied: {
      plan: {
        key: string;
        name: string;
        /** @description true: 新しく作った。false: 同じキーの計画を置き換えた */
        created: boolean;
      };
      /** @description 登録した件数 */
      counts: {
        /** @description 計画 */
        plans: number;
        /** @description 施策等 */
        nodes: number;
        /** @description 事業 */
        programs: number;
        /** @description 事業の掲載先（再掲を含む） */
        programLinks: number;
        /** @description 予算の行 */
        budgetLines: number;
        /** @description 指標 */
        indicators: number;
        /** @description 施策等での指標の使われ方 */
        usages: number;
        /** @description 目標 */
        targets: number;
        /** @description 実績値・参考値 */
        observations: number;
        /** @description 評価（計画設定ブックでは0） */
        evaluations: number;
        /** @description 支援組織（計画設定ブックでは0） */
        supportOrganizations: number;
      };
    };
    /** @description 統合して残った事業、または分割でできた事業 */
    ProgramRef: {
      /** @description 事業のID */
      id: number;
    };
    /** @description 別の事業をこの事業に統合する */
    MergeProgramsBody: {
      /** @description この事業に統合する（なくなる）事業のID */
      otherId: number;
      /** @description 理由（必須。空のときは 422）。監査記録に残る */
      reason: string;
    };
    /** @description 一つの資料の記載を新しい事業に分ける */
    SplitProgramBody: {
      /** @description 新しい事業に分ける記載の資料のキー（例: hokkaido-society5-r4） */
      document: string;
      /** @description 理由（必須。空のときは 422）。監査記録に残る */
      reason: string;
    };
    /** @description 施策または事業の公表済みの版 */
    EditionList: {
      subject: components["schemas"]["EditionSubject"];
      /** @description 対象が載っている、公表済みの版のある資料（事業は複数の資料に載ることがある） */
      documents: components["schemas"]["EditionDocument"][];
      /** @description 一覧した資料: plan（と node）で選んだもの、なければ最初のもの。資料がなければ null */
      document: components["schemas"]["EditionDocument"] | null;
      /** @description その資料の版。新しい年度から、差し替えられた版も含めてすべて */
      editions: components["schemas"]["EditionSummary"][];
      /** @description 有効な版のある年度（新しい順）: 比べられる年度 */
      years: number[];
    };
    /** @description 版を一覧・比較する対象: 施策か事業 */
    EditionSubject: {
      /**
       * @description 施策（node）か事業（program）か
       * @enum {string}
       */
      type: "node" | "program";
      id: number;
      /** @description 施策・事業の番号（ないときは null） */
      code: string | null;
      name: string;
    };
    /** @description 年度ごとに公表する資料: 施策の基本評価調書、または計画の推進状況・進捗状況・関連事業 */
    EditionDocument: {
      kind: components["schemas"]["ReportKind"];
      /** @description 資料の名前（基本評価調書、進捗状況 …） */
      title: string;
      plan: {
        key: string;
        name: string;
      };
      /** @description その基本評価調書の施策。計画全体の資料では null */
      node: {
        id: number;
        code: string | null;
        name: string;
      } | null;
    };
    /**
     * @description 資料の種類（基本評価調書・推進状況・進捗状況・関連事業）
     * @enum {string}
     */
    ReportKind: "kihon-hyoka" | "sousei-progress" | "vision-progress" | "society5-catalogue";
    /** @description 一つの年度の公表資料の一つの版 */
    EditionSummary: {
      /** @description 年度（西暦） */
      year: number;
      /** @description 版数（1から。訂正のたびに増える） */
      revision: number;
      /** @description 公表元（例: 文書「000.txt」の取込、令和6年度の公表） */
      source: string;
      /** @description 公表者（利用者の名前とメール、取込、またはコマンドライン） */
      by: string;
      /** @description 公表の日時（ISO 8601） */
      publishedAt: string;
      /** @description 政策評価担当による訂正の理由 */
      reason: string | null;
      /** @description 後の版に差し替えられた日時。有効な版では null */
      supersededAt: string | null;
    };
    /** @description 一つの資料の二つの年度の版の比較 */
    EditionComparison: {
      subject: components["schemas"]["EditionSubject"];
      document: components["schemas"]["EditionDocument"];
      from: components["schemas"]["ComparedEdition"];
      to: components["schemas"]["ComparedEdition"];
      sections: components["schemas"]["ComparisonSection"][];
      /** @description 変更の種類ごとの行数 */
      counts: {
        unchanged: number;
        changed: number;
        added: number;
        removed: number;
      };
    };
    /** @description 比べた版（その年度の有効な版）と、その資料のダウンロード */
    ComparedEdition: {
      /** @description 年度（西暦） */
      year: number;
      /** @description 版数（1から。訂正のたびに増える） */
      revision: number;
      /** @description 公表元（例: 文書「000.txt」の取込、令和6年度の公表） */
      source: string;
      /** @description 公表者（利用者の名前とメール、取込、またはコマンドライン） */
      by: string;
      /** @description 公表の日時（ISO 8601） */
      publishedAt: string;
      /** @description 政策評価担当による訂正の理由 */
      reason: string | null;
      /** @description 後の版に差し替えられた日時。有効な版では null */
      supersededAt: string | null;
      /** @description 金額の年度: 基本評価調書では決算の年度（前年度）、それ以外はその年度 */
      budgetYear: number;
      report: components["schemas"]["AvailableReport"];
    };
    /** @description 年度ごとの一つの資料と、そのダウンロードのクエリ */
    AvailableReport: {
      kind: components["schemas"]["ReportKind"];
      /** @description 資料の名前（基本評価調書、進捗状況 …） */
      title: string;
      /** @description 表示名（例: 令和5年度 基本評価調書（2(2)A_0505）） */
      label: string;
      /** @description 年度（西暦） */
      year: number;
      /** @description 取り出せる形式 */
      formats: ("pdf" | "xlsx" | "html" | "csv")[];
      /** @description GET /api/reports/{kind} のクエリパラメータ（format を除く） */
      query: {
        [key: string]: string;
      };
    };
    /** @description 比較の一つの節: 施策では記載・成果指標・評価・事務事業、事業では事業 */
    ComparisonSection: {
      /** @enum {string} */
      key: "texts" | "indicators" | "evaluation" | "programs" | "program";
      title: string;
      rows: components["schemas"]["ComparisonRow"][];
    };
    /** @description 二つの版が記載した一つの数値または記載欄 */
    ComparisonRow: {
      /** @description 二つの版で同じ、比較の中で一意のキー（例: text/成果、indicator/…/2020-2020/actual） */
      key: string;
      /** @description 行の属するもの: 指標や事業の名前。施策そのものの行では null */
      group: string | null;
      /** @description 記載欄または数値（成果、実績値、達成率 …） */
      label: string;
      /** @description 一つの年度の数値の、その年度。それ以外は null */
      period: {
        from: number;
        to: number;
        /** @description 資料の書き方の年度 */
        label: string;
      } | null;
      /** @description 前の版の記載。載っていなければ null */
      from: string | null;
      /** @description 後の版の記載。載っていなければ null */
      to: string | null;
      change: components["schemas"]["RowChange"];
    };
    /**
     * @description 変わらない・変わった・追加（後の版だけ）・削除（前の版だけ）
     * @enum {string}
     */
    RowChange: "unchanged" | "changed" | "added" | "removed";
    /** @description 窓口の支援機関、別紙の同意基本計画、項目の選択肢（公開） */
    SupportDeskReference: {
      plan: {
        key: string;
        name: string;
      };
      center: components["schemas"]["SupportOrganizationRef"] | null;
      organizations: components["schemas"]["DeskOrganization"][];
      basicPlans: components["schemas"]["SupportBasicPlan"][];
      choices: components["schemas"]["SupportDeskChoices"];
    };
    SupportOrganizationRef: {
      id: number;
      /** @description 正式な名前 */
      name: string;
      /** @description 計画の略称（ノーステック財団 …） */
      shortName: string | null;
    };
    DeskOrganization: {
      id: number;
      /** @description 正式な名前 */
      name: string;
      /** @description 計画の略称（ノーステック財団 …） */
      shortName: string | null;
      /**
       * @description core: 地域経済牽引支援機関、member: ネットワーク
       * @enum {string}
       */
      kind: "core" | "member";
      /** @description 相談の一元的な窓口（センター）か */
      isCenter: boolean;
    };
    /** @description 別紙の同意基本計画と、計画の事業分野に当たる記載 */
    SupportBasicPlan: {
      /** @description 〈〉の中の名前（函館市・北斗市・七飯町） */
      name: string;
      municipalities: string[];
      fields: {
        /** @description 別紙の記載 */
        text: string;
        /**
         * @description 計画の事業分野。どれでもなければ null
         * @enum {string|null}
         */
        field: "food_manufacturing" | "manufacturing" | "it" | null;
      }[];
    };
    /** @description 相談案件の項目がとる値と、その表示名 */
    SupportDeskChoices: {
      /** @description 事業分野 */
      fields: {
        /** @enum {string} */
        value: "food_manufacturing" | "manufacturing" | "it";
        label: string;
      }[];
      /** @description 段階 */
      stages: {
        /** @enum {string} */
        value: "research" | "productization" | "market_expansion";
        label: string;
      }[];
      /** @description 支援の種類 */
      supportKinds: {
        /** @enum {string} */
        value: "technical" | "advice" | "finance" | "market" | "joint_research" | "other";
        label: string;
      }[];
      /** @description 回付の種類 */
      stepKinds: {
        /** @enum {string} */
        value: "handled" | "handed_on" | "reported" | "team";
        label: string;
      }[];
      /** @description 案件の状態 */
      statuses: {
        /** @enum {string} */
        value: "open" | "closed";
        label: string;
      }[];
    };
    SupportPlanYearCounts: {
      planYears: {
        from: number;
        to: number;
        /** @description 目標件数（小数の文字列） */
        target: string | null;
        new: number;
        followUp: number;
        /** @description 新規 + 継続（計画の支援件数） */
        total: number;
        /** @description フォローアップ未実施の件数 */
        lapsed: number;
        /** @description そのうち利用者が見られる案件のID */
        lapsedCases: number[];
      }[];
    };
    /** @description 四半期ごとの件数（機関 × 事業分野 × 新規・継続） */
    SupportQuarterlyCounts: {
      cells: components["schemas"]["SupportQuarterlyCell"][];
      confirmations: {
        organizationId: number;
        fiscalYear: number;
        quarter: number;
        /** Format: date-time */
        confirmedAt: string;
        /** @description 確認した職員（窓口の利用者にだけ示す） */
        confirmedBy: string | null;
      }[];
    };
    SupportQuarterlyCell: {
      fiscalYear: number;
      quarter: number;
      organizationId: number;
      /** @enum {string} */
      field: "food_manufacturing" | "manufacturing" | "it";
      /** @enum {string} */
      status: "new" | "follow-up";
      /** @description その機関がその四半期に支援した案件の数 */
      cases: number;
    };
    /** @description 利用者が見られる案件。受付日の新しい順 */
    SupportCaseList: {
      cases: components["schemas"]["SupportCaseSummary"][];
    };
    SupportCaseSummary: {
      id: number;
      company: string;
      municipality: string;
      /** @enum {string} */
      field: "food_manufacturing" | "manufacturing" | "it";
      /** @enum {string} */
      stage: "research" | "productization" | "market_expansion";
      /** @enum {string} */
      status: "open" | "closed";
      /** Format: date */
      receivedOn: string;
      receivedBy: components["schemas"]["SupportOrganizationRef"];
      version: number;
    };
    SupportCaseSaved: {
      /** @description 案件のID */
      id: number;
      version: number;
      /** @description 注意（事業分野が市町村の基本計画にない …） */
      warnings: string[];
    };
    /** @description 相談案件の登録 */
    RegisterCaseInput: {
      company: string;
      /** @description 案件が沿う基本計画の市町村（例: 札幌市） */
      municipality: string;
      /**
       * @description 事業分野
       * @enum {string}
       */
      field: "food_manufacturing" | "manufacturing" | "it";
      /**
       * @description 段階
       * @enum {string}
       */
      stage: "research" | "productization" | "market_expansion";
      /** @description 承認を受けた地域経済牽引事業計画の事業か */
      approvedProject: boolean;
      request: string;
      /**
       * Format: date
       * @description 受付日（YYYY-MM-DD）
       */
      receivedOn: string;
      /** @description 受け付けた支援機関のID。省略すると自分の機関（センターと管理者は他の機関も） */
      receivedBy?: number;
    };
    SupportCaseDetail: {
      id: number;
      company: string;
      municipality: string;
      /** @enum {string} */
      field: "food_manufacturing" | "manufacturing" | "it";
      /** @enum {string} */
      stage: "research" | "productization" | "market_expansion";
      /** @enum {string} */
      status: "open" | "closed";
      /** Format: date */
      receivedOn: string;
      receivedBy: components["schemas"]["SupportOrganizationRef"];
      version: number;
      approvedProject: boolean;
      request: string;
      outcome: string | null;
      closedOn: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      steps: components["schemas"]["SupportCaseStep"][];
      /** @description 最後に結成したチーム（なければ空） */
      team: {
        organization: components["schemas"]["SupportOrganizationRef"] | null;
        outside: string | null;
        role: string;
      }[];
      supports: components["schemas"]["SupportRecord"][];
      years: {
        planYear: {
          from: number;
          to: number;
        };
        /** @enum {string|null} */
        status: "new" | "follow-up" | "lapsed" | null;
      }[];
      warnings: string[];
    };
    SupportCaseStep: {
      id: number;
      /** @enum {string} */
      kind: "handled" | "handed_on" | "reported" | "team";
      /** Format: date */
      date: string;
      from: components["schemas"]["SupportOrganizationRef"];
      to: components["schemas"]["SupportOrganizationRef"] | null;
      /** @description 計画外の引継ぎ先 */
      toOutside: string | null;
      /** @description 理由 */
      reason: string | null;
      members: {
        organization: components["schemas"]["SupportOrganizationRef"] | null;
        outside: string | null;
        role: string;
      }[];
      /** Format: date-time */
      recordedAt: string;
      /** @description 記録した利用者 */
      recordedBy: string;
    };
    SupportRecord: {
      id: number;
      /** Format: date */
      date: string;
      organization: components["schemas"]["SupportOrganizationRef"];
      /** @enum {string} */
      kind: "technical" | "advice" | "finance" | "market" | "joint_research" | "other";
      note: string | null;
    };
    SupportCaseChanged: {
      /** @description 案件の新しい版 */
      version: number;
    };
    /** @description 案件の回付の一歩（自ら対応・引継ぎ・センターへ報告・チーム結成） */
    RouteCaseInput: {
      /** @description 読み込んだときの案件の版。古ければ 409（現在の版を返す） */
      version: number;
      /**
       * @description 回付の種類
       * @enum {string}
       */
      kind: "handled" | "handed_on" | "reported" | "team";
      /**
       * Format: date
       * @description 回付の日（省略すると今日）
       */
      date?: string;
      /** @description この操作をする支援機関のID。職員として一つの機関にだけ属していれば省略できる */
      organizationId?: number;
      /** @description 引継ぎ先（handed_on）: 支援機関・ネットワーク参加機関のID */
      toOrganizationId?: number;
      /** @description 引継ぎ先（handed_on）: 計画外の機関（産総研、JST、大学 …） */
      toOutside?: string;
      reason?: string;
      /** @description チームの構成（team のとき必須） */
      members?: components["schemas"]["TeamMemberInput"][];
    };
    /** @description チームの一員: 支援機関か外部機関のどちらか一つと、その役割 */
    TeamMemberInput: {
      /** @description チームの支援機関のID */
      organizationId?: number;
      /** @description 計画外の機関（産総研、大学 …） */
      outside?: string;
      role: string;
    };
    SupportRecorded: {
      /** @description 案件の新しい版 */
      version: number;
      /** @description 記録した支援のID */
      recordId: number;
    };
    /** @description 支援の記録 */
    RecordSupportInput: {
      /** @description 読み込んだときの案件の版。古ければ 409（現在の版を返す） */
      version: number;
      /**
       * Format: date
       * @description 支援の日（YYYY-MM-DD）
       */
      date: string;
      /** @description 支援した機関のID。省略すると自分の機関 */
      organizationId?: number;
      /**
       * @description 支援の種類
       * @enum {string}
       */
      kind: "technical" | "advice" | "finance" | "market" | "joint_research" | "other";
      note?: string;
    };
    /** @description 案件を結果とともに終える */
    CloseCaseInput: {
      /** @description 読み込んだときの案件の版。古ければ 409（現在の版を返す） */
      version: number;
      outcome: string;
      /**
       * Format: date
       * @description 終了日（省略すると今日）
       */
      closedOn?: string;
      /** @description この操作をする支援機関のID。職員として一つの機関にだけ属していれば省略できる */
      organizationId?: number;
    };
    /** @description 基準日の四半期にフォローアップの期限が来ている案件 */
    SupportFollowUpsDue: {
      /** Format: date */
      asOf: string;
      due: {
        caseId: number;
        company: string;
        planYear: {
          from: number;
          to: number;
        };
        /** Format: date */
        dueBy: string;
      }[];
    };
    SupportQuarterConfirmed: {
      organizationId: number;
      fiscalYear: number;
      quarter: number;
      /** @description 確認した件数 */
      cells: components["schemas"]["SupportQuarterlyCell"][];
    };
    /** @description 支援機関が四半期の件数を確認する（以後その期間の記録は締める） */
    ConfirmQuarterInput: {
      /** @description この操作をする支援機関のID。職員として一つの機関にだけ属していれば省略できる */
      organizationId?: number;
      /** @description 年度（西暦、4月始まり） */
      fiscalYear: number;
      /** @description 四半期（1: 4〜6月 … 4: 1〜3月） */
      quarter: number;
    };
    Overview: {
      plans: components["schemas"]["PlanSummary"][];
    };
    PlanSummary: {
      key: string;
      name: string;
      organization: string;
      period: {
        from: number;
        to: number;
      } | null;
      ruleProfile: string;
      ruleProfileName: string;
      /** @description 判定の並び（例: Ａ,Ｂ,Ｃ,Ｄ）。判定のない規程では空 */
      gradeLabels: string[];
      indicatorCount: number;
      nodeCount: number;
      programCount: number;
      gradeCounts: components["schemas"]["GradeCounts"];
      /** @description 判定のない規程での率の帯ごとの数: ≥100, 80–100, <80 */
      rateBands: {
        [key: string]: number;
      };
      /** @description 率のある指標のうち見込み値に基づくもの */
      provisionalCount: number;
      budgetByYear: components["schemas"]["BudgetYear"][];
      /** @description 率の最も低い指標（5件まで） */
      behind: components["schemas"]["BehindMeasure"][];
    };
    /** @description 判定ごとの指標の数（noData: 率の出ない指標） */
    GradeCounts: {
      [key: string]: number;
    };
    BudgetYear: {
      fiscalYear: number;
      /** @description 予算 / 決算 / 決算見込 */
      kind: string;
      /** @description 単独で数える予算行の合計（千円） */
      amount: number;
    };
    BehindMeasure: {
      nodeId: number;
      nodeCode: string | null;
      nodeName: string;
      indicator: string;
      indicatorId: number;
      /** @description 達成率（%） */
      rate: string;
      /** @description 率が見込み値に基づく（暫定） */
      provisional: boolean;
    };
    PlanDetail: {
      plan: {
        key: string;
        name: string;
        organization: string;
        period: {
          from: number;
          to: number;
        } | null;
        ruleProfile: string;
        ruleProfileName: string;
        /** @description 判定の並び（例: Ａ,Ｂ,Ｃ,Ｄ）。判定のない規程では空 */
        gradeLabels: string[];
        indicatorCount: number;
        nodeCount: number;
        programCount: number;
        gradeCounts: components["schemas"]["GradeCounts"];
        /** @description 判定のない規程での率の帯ごとの数: ≥100, 80–100, <80 */
        rateBands: {
          [key: string]: number;
        };
        /** @description 率のある指標のうち見込み値に基づくもの */
        provisionalCount: number;
        budgetByYear: components["schemas"]["BudgetYear"][];
        /** @description 率の最も低い指標（5件まで） */
        behind: components["schemas"]["BehindMeasure"][];
        levels: string[];
        texts: {
          [key: string]: string;
        };
      };
      nodes: components["schemas"]["TreeNode"][];
    };
    TreeNode: {
      id: number;
      key: string;
      parentId: number | null;
      level: string;
      code: string | null;
      name: string;
      gradeCounts: components["schemas"]["GradeCounts"];
      indicatorCount: number;
      programCount: number;
      /** @description このノードと子孫に結び付く事業の最新年度の予算 */
      budget: components["schemas"]["BudgetYear"] | null;
      /** @description 計算した総合判定（規程が定める場合） */
      judgement: string | null;
      grade: string | null;
      provisional: boolean;
    };
    /** @description 施策: 基本評価調書が示すすべて */
    NodeDetail: {
      node: {
        id: number;
        key: string;
        level: string;
        code: string | null;
        name: string;
        texts: {
          [key: string]: string;
        };
        departments: {
          id: number;
          name: string;
        }[];
      };
      plan: {
        key: string;
        name: string;
        ruleProfile: string;
      };
      /** @description 根から親まで */
      ancestors: {
        id: number;
        level: string;
        code: string | null;
        name: string;
      }[];
      children: {
        id: number;
        level: string;
        code: string | null;
        name: string;
      }[];
      planLinks: string[];
      evaluation: {
        evaluationYear: number;
        indicatorGrade: string | null;
        coordination: string | null;
        urgencyPriority: string | null;
        overallJudgement: string | null;
        secondaryEvaluation: string | null;
        responsePolicy: string | null;
        texts: {
          [key: string]: string;
        };
      } | null;
      computed: {
        grade: string | null;
        judgement: string | null;
        provisional: boolean;
      };
      indicators: components["schemas"]["IndicatorRecord"][];
      programs: components["schemas"]["NodeProgram"][];
      /** @description 資料が合計行を載せるときの、載った合計と行の和 */
      totals: {
        label: string;
        printed: string;
        sumOfRows: string;
        /** @description 等しい、または丸めた行の丸めの範囲内 */
        agrees: boolean;
      }[];
      activities: components["schemas"]["ActivitySeries"][];
    };
    NodeProgram: {
      id: number;
      code: string | null;
      name: string;
      /** @description 一般 / 事務（資料が示すとき） */
      type: string | null;
      department: string | null;
      /** @description 【再掲】 */
      relisted: boolean;
      budget: components["schemas"]["BudgetFigures"] | null;
      responsePolicyNo: string | null;
      direction: string | null;
    };
    BudgetFigures: {
      fiscalYear: number;
      /** @description 予算 / 決算 / 決算見込 */
      kind: string;
      /** @description 千円 */
      amount: number;
      /** @description 一般財源（千円） */
      generalRevenue: number | null;
      /** @description 人工（本庁） */
      staffHq: string | null;
      /** @description 人工（出先機関） */
      staffBranch: string | null;
      /** @description 人工（計） */
      staffTotal: string | null;
      /** @description 総コスト（千円） */
      totalCost: number | null;
      /** @description false: 枠内・内数（より大きな額の一部） */
      standalone: boolean;
      note: string | null;
    };
    IndicatorDetail: {
      indicator: {
        id: number;
        key: string;
        name: string;
        unit: string;
        direction: string;
        measure: string;
        milestones: string[] | null;
        yearBasis: string | null;
        source: string | null;
        publication: string | null;
        rationale: string | null;
      };
      /** @description すべての観測（actual, national …）、古い順 */
      series: components["schemas"]["SeriesPoint"][];
      /** @description 指標を使う計画のノードごと */
      usages: components["schemas"]["IndicatorUsage"][];
    };
    SeriesPoint: {
      /** @description actual, national … */
      series: string;
      period: components["schemas"]["Period"];
      value: string | null;
      status: string | null;
      note: string | null;
      milestone: string | null;
      /** @description 見込み値 */
      estimate: boolean;
      document: string;
    };
    IndicatorUsage: {
      usageId: number;
      indicatorId: number;
      nodeId: number;
      plan: string;
      planKey: string;
      nodeKey: string;
      nodeCode: string | null;
      nodeName: string;
      indicator: string;
      indicatorKey: string;
      unit: string;
      direction: string;
      baseline: {
        value: string | null;
        period: components["schemas"]["Period"] | null;
      } | null;
      /** @description 率の計算に使う実績値 */
      actual: {
        value: string;
        period: components["schemas"]["Period"];
        /** @description 見込み値 */
        estimate: boolean;
      } | null;
      target: {
        value: string | null;
        period: components["schemas"]["Period"];
        kind: string;
      } | null;
      referenceValue: string | null;
      /** @description 達成率（%、規程の丸め） */
      rate: string | null;
      /** @description 率が出ない理由 */
      rateReason: string | null;
      grade: string | null;
      /** @description 率・判定が見込み値に基づく（暫定） */
      provisional: boolean;
      publishedRate: string | null;
      publishedGrade: string | null;
      publishedPeriod: components["schemas"]["Period"] | null;
      evaluatedAsOf: string;
      profile: string;
      targets: {
        period: components["schemas"]["Period"];
        kind: string;
        value: string | null;
        isFinal: boolean;
        label: string | null;
      }[];
      analysis: string | null;
      /** @description 最終目標の年度までの実績の線形傾向。実績が2つ未満なら null */
      projection: {
        fromYear: number;
        toYear: number;
        /** @description 最終年度での傾向線の値 */
        value: string;
        target: string | null;
        reaches: boolean | null;
      } | null;
    };
    ProgramDetail: {
      program: {
        id: number;
        code: string | null;
        name: string;
        summary: string | null;
        department: {
          id: number;
          name: string;
          /** @description 部・局を含む名前（経済部産業振興局産業振興課） */
          fullName: string;
        } | null;
        attributes: {
          [key: string]: unknown;
        };
        /** @description 最後に実施した年度。実施中なら null */
        endedYear: number | null;
        successor: {
          id: number;
          name: string;
        } | null;
        /** @description 「令和3年度をもって終了」など */
        lifecycle: string | null;
      };
      budgets: {
        fiscalYear: number;
        /** @description 予算 / 決算 / 決算見込 */
        kind: string;
        /** @description 千円 */
        amount: number;
        /** @description 一般財源（千円） */
        generalRevenue: number | null;
        /** @description 人工（本庁） */
        staffHq: string | null;
        /** @description 人工（出先機関） */
        staffBranch: string | null;
        /** @description 人工（計） */
        staffTotal: string | null;
        /** @description 総コスト（千円） */
        totalCost: number | null;
        /** @description false: 枠内・内数（より大きな額の一部） */
        standalone: boolean;
        note: string | null;
        scale: number;
        document: string;
        documentKey: string;
      }[];
      documents: {
        key: string;
        title: string;
      }[];
      links: {
        nodeId: number;
        nodeCode: string | null;
        nodeName: string;
        level: string;
        planKey: string;
        planName: string;
        relisted: boolean;
        listed: {
          [key: string]: unknown;
        };
      }[];
    };
    DepartmentList: {
      departments: {
        id: number;
        name: string;
        fullName: string;
        parentId: number | null;
        nodeCount: number;
        programCount: number;
      }[];
    };
    DepartmentDetail: {
      department: {
        id: number;
        name: string;
        fullName: string;
        parentId: number | null;
      };
      nodes: {
        id: number;
        code: string | null;
        name: string;
        level: string;
        planKey: string;
        planName: string;
      }[];
      programs: {
        id: number;
        code: string | null;
        name: string;
        budget: components["schemas"]["BudgetYear"] | null;
      }[];
    };
    SearchResult: {
      query: string;
      total: number;
      hits: components["schemas"]["SearchHit"][];
    };
    SearchHit: {
      /** @enum {string} */
      type: "plan" | "node" | "program" | "indicator";
      /** @description 計画はキー、それ以外は数の ID（文字列） */
      id: string;
      title: string;
      /** @description どこにあるか: 計画名、ノードのコード … */
      context: string;
      planKey: string | null;
      grade: string | null;
      provisional: boolean;
    };
    CheckResult: {
      findings: components["schemas"]["Finding"][];
    };
    Finding: {
      /** @enum {string} */
      kind:
        | "rate-mismatch"
        | "grade-mismatch"
        | "judgement-mismatch"
        | "relisted-mismatch"
        | "total-mismatch"
        | "observation-conflict"
        | "shared-indicator"
        | "budget-conflict"
        | "unlabelled-column";
      /**
       * @description disagreement: データが食い違う。info: 知っておくとよいこと
       * @enum {string}
       */
      severity: "disagreement" | "info";
      subject: string;
      message: string;
    };
    /** @description ページに当てはまる資料（ダウンロード用） */
    ReportList: {
      /** @description 資料の種類すべて */
      kinds: components["schemas"]["ReportKindInfo"][];
      /** @description ページ（plan・node・program）に当てはまる年度ごとの資料 */
      reports: components["schemas"]["AvailableReport"][];
    };
    /** @description 資料の種類と、その CSV の表 */
    ReportKindInfo: {
      kind: components["schemas"]["ReportKind"];
      /** @description 資料の名前（基本評価調書 …） */
      title: string;
      /** @description CSV にできる表（table の値。最初が既定） */
      tables: {
        name: string;
        title: string;
      }[];
    };
    /** @description オープンデータの表と項目（データ定義） */
    OpenDataDictionary: {
      /** @description 取り出し方 */
      formats: {
        /** @description すべての表の CSV とデータ定義書の zip のパス */
        zip: string;
        /** @description 一つの表の行（JSON）のパス */
        json: string;
      };
      tables: components["schemas"]["OpenDataTable"][];
    };
    /** @description オープンデータの一つの表とその項目 */
    OpenDataTable: {
      /** @description 表の名前（GET /api/opendata/{table} の table） */
      name: string;
      /** @description zip の中の CSV のファイル名 */
      file: string;
      title: string;
      description: string;
      columns: components["schemas"]["OpenDataColumn"][];
    };
    /** @description オープンデータの表の一つの項目 */
    OpenDataColumn: {
      /** @description 英語の項目名（JSON のキー） */
      name: string;
      /** @description 日本語の項目名（CSV の見出し） */
      label: string;
      /**
       * @description 型: integer 整数、decimal 数値（小数は記載どおりの桁）、text 文字列、year 年（西暦4桁）、flag 1 または 0、edition 時点（YYYY または YYYY-MM）
       * @enum {string}
       */
      kind: "integer" | "decimal" | "text" | "year" | "flag" | "edition";
      description: string;
    };
    /** @description オープンデータの一つの表の行（offset から limit 行まで） */
    OpenDataRecords: {
      /** @description 表の名前 */
      table: string;
      columns: components["schemas"]["OpenDataColumn"][];
      /** @description 最初の行の位置（0から） */
      offset: number;
      /** @description 最大の行数 */
      limit: number;
      /** @description この後にも行がある */
      more: boolean;
      records: components["schemas"]["OpenDataRecord"][];
    };
    /** @description 一つの行: 項目の英語名 → 値（数または文字列。型は項目の kind、値がなければ null） */
    OpenDataRecord: {
      [key: string]: string | number | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  signInEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email: string;
          password: string;
          /** @description ASCII の URL（それ以外は % でエンコード） */
          callbackURL?: string;
          rememberMe?: boolean;
        };
      };
    };
    responses: {
      /** @description サインインした。Set-Cookie にセッション */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            redirect: boolean;
            token: string;
            url?: string | null;
            user: components["schemas"]["AuthUser"];
          };
        };
      };
      /** @description 本文・パラメータの誤り */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"] | components["schemas"]["AuthError"];
        };
      };
      /** @description メールアドレスまたはパスワードが違う */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      /** @description このサイトのページ以外からの送信（CSRF 対策） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 本文が JSON（application/json）ではない */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      /** @description 試行が多すぎる（1分あたり5回まで、送信元ごと） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description サインアウトした */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            success: boolean;
          };
        };
      };
      /** @description 本文・パラメータの誤り */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"] | components["schemas"]["AuthError"];
        };
      };
      /** @description このサイトのページ以外からの送信（CSRF 対策） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 本文が JSON（application/json）ではない */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      /** @description 試行が多すぎる（1分あたり5回まで、送信元ごと） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: {
        disableCookieCache?: "true" | "false";
        /** @description true: セッションを延長しない */
        disableRefresh?: "true" | "false";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description セッションと利用者、または null */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            session: components["schemas"]["AuthSession"];
            user: components["schemas"]["AuthUser"];
          } | null;
        };
      };
      /** @description 本文・パラメータの誤り */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"] | components["schemas"]["AuthError"];
        };
      };
      /** @description 試行が多すぎる（1分あたり5回まで、送信元ごと） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          currentPassword: string;
          newPassword: string;
          revokeOtherSessions?: boolean;
        };
      };
    };
    responses: {
      /** @description 変えた */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description ほかのセッションを終えたときの新しいトークン */
            token: string | null;
            user: components["schemas"]["AuthUser"];
          };
        };
      };
      /** @description いまのパスワードが違う、新しいパスワードが短すぎるなど */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"] | components["schemas"]["AuthError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      /** @description このサイトのページ以外からの送信（CSRF 対策） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 本文が JSON（application/json）ではない */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      /** @description 試行が多すぎる（1分あたり5回まで、送信元ごと） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
    };
  };
  getOpenApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description この文書 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OpenApiDocument"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description サインイン中の利用者（匿名なら user: null） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Me"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 利用者と権限。メールアドレスの順 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  addUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddUserInput"];
      };
    };
    responses: {
      /** @description 追加した利用者 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserCreated"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  setUserGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 利用者のID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GrantsInput"];
      };
    };
    responses: {
      /** @description 設定した */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Ok"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  resetUserPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 利用者のID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordInput"];
      };
    };
    responses: {
      /** @description 設定し直した */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Ok"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getAuditCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 監査記録（UTF-8、BOM 付き） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listCycles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 評価年度。新しい年度から */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CycleList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listPlanCycles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 計画の評価年度と、新しく開けるか */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlanCycles"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  openCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OpenCycleInput"];
      };
    };
    responses: {
      /** @description 開いた評価年度 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CycleOpened"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 評価年度の進み具合 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CycleDashboard"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  publishCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 公表した */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublishResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getCycleItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
        /** @description 施策のノードID */
        node: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 評価項目 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ItemView"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  saveCycleItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
        /** @description 施策のノードID */
        node: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SaveItemInput"];
      };
    };
    responses: {
      /** @description 保存した（変わった項目の数と新しい版） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SaveResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  submitCycleItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
        /** @description 施策のノードID */
        node: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TransitionInput"];
      };
    };
    responses: {
      /** @description 状態を変えた（新しい状態と版） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransitionResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  returnCycleItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
        /** @description 施策のノードID */
        node: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TransitionInput"];
      };
    };
    responses: {
      /** @description 状態を変えた（新しい状態と版） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransitionResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  approveCycleItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 評価年度（サイクル）のID */
        id: number;
        /** @description 施策のノードID */
        node: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TransitionInput"];
      };
    };
    responses: {
      /** @description 状態を変えた（新しい状態と版） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransitionResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getCycleWorkbook: {
    parameters: {
      query: {
        /** @description 担当課のID（自分が編集できる担当課） */
        department: number;
      };
      header?: never;
      path: {
        /** @description 評価年度のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 入力用ブック */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  previewCycleWorkbook: {
    parameters: {
      query?: {
        /** @description ファイル名（X-File-Name がないとき） */
        name?: string;
      };
      header?: {
        /** @description ファイル名（URL エンコード、encodeURIComponent）。CSV の誤りはこの名前のシートとして示す。multipart/form-data のときは file の名前を使う */
        "X-File-Name"?: string;
      };
      path: {
        /** @description 評価年度のID */
        id: number;
      };
      cookie?: never;
    };
    /** @description ファイル（xlsx か CSV）を本文にそのまま、または multipart/form-data の file として。20MB まで */
    requestBody: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "text/csv": string;
        "multipart/form-data": {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description 検査の結果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkbookPreview"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 大きすぎる */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  applyCycleWorkbook: {
    parameters: {
      query?: {
        /** @description ファイル名（X-File-Name がないとき） */
        name?: string;
      };
      header?: {
        /** @description ファイル名（URL エンコード、encodeURIComponent）。CSV の誤りはこの名前のシートとして示す。multipart/form-data のときは file の名前を使う */
        "X-File-Name"?: string;
      };
      path: {
        /** @description 評価年度のID */
        id: number;
      };
      cookie?: never;
    };
    /** @description ファイル（xlsx か CSV）を本文にそのまま、または multipart/form-data の file として。20MB まで */
    requestBody: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "text/csv": string;
        "multipart/form-data": {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description 取り込んだ変更と、取り込まなかった競合 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkbookApplied"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 大きすぎる */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getPlanSetupTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ひな形 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  previewPlanSetup: {
    parameters: {
      query?: {
        /** @description ファイル名（X-File-Name がないとき） */
        name?: string;
      };
      header?: {
        /** @description ファイル名（URL エンコード、encodeURIComponent）。CSV の誤りはこの名前のシートとして示す。multipart/form-data のときは file の名前を使う */
        "X-File-Name"?: string;
      };
      path?: never;
      cookie?: never;
    };
    /** @description ファイル（xlsx か CSV）を本文にそのまま、または multipart/form-data の file として。20MB まで */
    requestBody: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "text/csv": string;
        "multipart/form-data": {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description 検査の結果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlanSetupPreview"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 大きすぎる */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  applyPlanSetup: {
    parameters: {
      query?: {
        /** @description ファイル名（X-File-Name がないとき） */
        name?: string;
      };
      header?: {
        /** @description ファイル名（URL エンコード、encodeURIComponent）。CSV の誤りはこの名前のシートとして示す。multipart/form-data のときは file の名前を使う */
        "X-File-Name"?: string;
      };
      path?: never;
      cookie?: never;
    };
    /** @description ファイル（xlsx か CSV）を本文にそのまま、または multipart/form-data の file として。20MB まで */
    requestBody: {
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "text/csv": string;
        "multipart/form-data": {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description 作成・更新した計画と件数 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlanSetupApplied"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 大きすぎる */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  mergePrograms: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 残す事業のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MergeProgramsBody"];
      };
    };
    responses: {
      /** @description 統合して残った事業 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProgramRef"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  splitProgram: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 事業のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SplitProgramBody"];
      };
    };
    responses: {
      /** @description 分割でできた事業 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProgramRef"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getNodeEditions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 施策等のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 施策の基本評価調書の版 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EditionList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  compareNodeEditions: {
    parameters: {
      query?: {
        /** @description 比べる前の年度（西暦4桁、または R5・令和5年度などの和暦）。既定は to より前の最新の年度 */
        from?: string;
        /** @description 比べる後の年度（西暦4桁、または R5・令和5年度などの和暦）。既定は最新の年度 */
        to?: string;
      };
      header?: never;
      path: {
        /** @description 施策等のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 二つの年度の版の比較 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EditionComparison"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getProgramEditions: {
    parameters: {
      query?: {
        /** @description 計画のキー（事業が複数の計画の資料に載っているとき、その一つを選ぶ） */
        plan?: string;
        /** @description 施策のID（事業が複数の施策の基本評価調書に載っているとき、その一つを選ぶ） */
        node?: number;
      };
      header?: never;
      path: {
        /** @description 事業のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 事業が載っている資料とその版 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EditionList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  compareProgramEditions: {
    parameters: {
      query?: {
        /** @description 計画のキー（事業が複数の計画の資料に載っているとき、その一つを選ぶ） */
        plan?: string;
        /** @description 施策のID（事業が複数の施策の基本評価調書に載っているとき、その一つを選ぶ） */
        node?: number;
        /** @description 比べる前の年度（西暦4桁、または R5・令和5年度などの和暦）。既定は to より前の最新の年度 */
        from?: string;
        /** @description 比べる後の年度（西暦4桁、または R5・令和5年度などの和暦）。既定は最新の年度 */
        to?: string;
      };
      header?: never;
      path: {
        /** @description 事業のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 事業の行の二つの年度の版の比較 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EditionComparison"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getDesk: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 相談窓口の参照データ */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportDeskReference"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getDeskCounts: {
    parameters: {
      query?: {
        /** @description 基準日（YYYY-MM-DD、省略すると今日） */
        asOf?: string;
      };
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 計画年度ごとの件数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportPlanYearCounts"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getDeskQuarters: {
    parameters: {
      query?: {
        /** @description 年度（西暦、4月始まり） */
        fiscalYear?: number;
      };
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 四半期ごとの件数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportQuarterlyCounts"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listDeskCases: {
    parameters: {
      query?: {
        /** @description 受付日の年度（西暦、4月始まり） */
        fiscalYear?: number;
        /** @description 受付日の四半期（1: 4〜6月 … 4: 1〜3月）。年度とともに（年度がなければ 422） */
        quarter?: number;
        /** @description 関わった支援機関のID（計画の支援機関でなければ 422） */
        organizationId?: number;
        /** @description 事業分野 */
        field?: "food_manufacturing" | "manufacturing" | "it";
        /** @description 状態 */
        status?: "open" | "closed";
      };
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 相談案件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportCaseList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  registerDeskCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RegisterCaseInput"];
      };
    };
    responses: {
      /** @description 登録した案件（ID・版・注意） */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportCaseSaved"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getDeskCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 相談案件のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 相談案件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportCaseDetail"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  routeDeskCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 相談案件のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RouteCaseInput"];
      };
    };
    responses: {
      /** @description 回付を記録した（案件の新しい版） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportCaseChanged"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  recordDeskSupport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 相談案件のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RecordSupportInput"];
      };
    };
    responses: {
      /** @description 記録した支援の ID と案件の新しい版 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportRecorded"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  closeDeskCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 相談案件のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CloseCaseInput"];
      };
    };
    responses: {
      /** @description 終えた（案件の新しい版） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportCaseChanged"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listDeskFollowUps: {
    parameters: {
      query?: {
        /** @description 基準日（YYYY-MM-DD、省略すると今日） */
        asOf?: string;
      };
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description フォローアップの期限が来ている案件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportFollowUpsDue"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  confirmDeskQuarter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConfirmQuarterInput"];
      };
    };
    responses: {
      /** @description 確認した件数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SupportQuarterConfirmed"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description サインインしていない */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 権限がない */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 状態が合わない・他の人が先に保存した（現在の内容を返す） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 入力の誤り（errors に項目ごとの日本語のメッセージ） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getOverview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description すべての計画: 判定ごとの指標数、年度ごとの予算、遅れている指標 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Overview"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 計画とその体系: ノードごとの判定・総合判定・予算 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlanDetail"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getNode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ノードのID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 施策等: 指標・記載・評価・事業と予算・合計 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NodeDetail"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getIndicator: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 指標のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 指標: すべての観測、計画ごとの目標と率、見通し */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IndicatorDetail"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getProgram: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 事業のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 事業: 年度ごとの予算、載っているすべてのノード */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProgramDetail"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 担当課の一覧 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 担当課のID */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 担当課と、その受け持つ施策と事業 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentDetail"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  search: {
    parameters: {
      query?: {
        q?: string;
        /** @description 種類 */
        type?: "plan" | "node" | "program" | "indicator";
        /** @description 判定（Ａ など） */
        grade?: string;
        /** @description 担当課のID */
        department?: number;
        /** @description 計画のキー */
        plan?: string;
        /** @description 年度（西暦4桁） */
        year?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 検索（全角・半角を区別しない） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description hyoka check の結果: データの食い違いと知っておくとよいこと */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckResult"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  listReports: {
    parameters: {
      query?: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        plan?: string;
        /** @description 施策のID */
        node?: number;
        /** @description 事業のID */
        program?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 資料の種類と、当てはまる資料 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReportList"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getReport: {
    parameters: {
      query: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        plan: string;
        /** @description 年度（西暦4桁、または R5・令和5年度などの和暦）。基本評価調書では評価年度、推進状況では予算の年度 */
        year: string;
        /** @description 形式（既定 pdf） */
        format?: "pdf" | "xlsx" | "html" | "csv";
        /** @description 施策のコード・キー・ID（基本評価調書だけ。省くとその年度の全施策） */
        node?: string;
        /** @description 事業のID（関連事業だけ: その事業のシート） */
        program?: number;
        /** @description CSV にする表（format=csv のときだけ。資料の種類ごとの表は GET /api/reports の kinds） */
        table?: "indicators" | "programs" | "kpis" | "progress";
        /** @description CSV の文字コード（format=csv のときだけ）: utf8 は BOM 付き UTF-8、cp932 は Shift_JIS・CRLF（既定 utf8） */
        encoding?: "utf8" | "cp932";
      };
      header?: never;
      path: {
        /** @description 資料の種類 */
        kind: "kihon-hyoka" | "sousei-progress" | "vision-progress" | "society5-catalogue";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 資料のファイル */
      200: {
        headers: {
          /** @description ファイル名（ASCII の代わりの名前と、UTF-8 の filename*） */
          "Content-Disposition"?: string;
          /** @description 知らせること（Shift_JIS にない文字を「?」にした、フォントを埋め込めなかった …）。改行区切りを URI エンコードしたもの。ないときは送らない */
          "X-Hyoka-Warnings"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "text/html": string;
          "text/csv": string;
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getOpenDataDictionary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description オープンデータの表と項目 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OpenDataDictionary"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getOpenDataZip: {
    parameters: {
      query?: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        plan?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 表ごとの CSV とデータ定義書 */
      200: {
        headers: {
          /** @description ファイル名（hyoka-opendata.zip、plan のときは hyoka-opendata-<plan>.zip） */
          "Content-Disposition"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/zip": string;
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
  getOpenDataRecords: {
    parameters: {
      query?: {
        /** @description 計画のキー（例: hokkaido-sogo-keikaku） */
        plan?: string;
        /** @description 行数（1〜10000、既定1000） */
        limit?: number;
        /** @description 最初の行の位置（0から） */
        offset?: number;
      };
      header?: never;
      path: {
        /** @description 表の名前（ない表は 404） */
        table:
          | "plans"
          | "nodes"
          | "programs"
          | "program_links"
          | "budget_lines"
          | "indicators"
          | "indicator_usages"
          | "targets"
          | "observations"
          | "evaluations"
          | "program_evaluations"
          | "indicator_results";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 表の行 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OpenDataRecords"];
        };
      };
      /** @description パラメータの誤り（parameter にその名前） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
      /** @description 見つからない */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiError"];
        };
      };
    };
  };
}
