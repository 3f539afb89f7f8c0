// Generated from /api/openapi.json by openapi-typescript: do not edit. `npm run generate:api` writes
// it anew; test/integration/api-types.test.ts fails when it is not what the live document gives.
export interface paths {
  "/api/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全計画の概要（判定別の指標数、年度別予算、遅れている施策） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 全計画の概要（判定別の指標数、年度別予算、遅れている施策） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Overview"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 計画とその体系（ノードごとの判定分布・総合判定・予算） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 計画のキー */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 計画とその体系（ノードごとの判定分布・総合判定・予算） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanDetail"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 施策等のノード（基本評価調書の内容） */
    get: {
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
        /** @description 施策等のノード（基本評価調書の内容） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NodeDetail"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 指標（実績値・参照系列・計画ごとの目標と率・推計） */
    get: {
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
        /** @description 指標（実績値・参照系列・計画ごとの目標と率・推計） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["IndicatorDetail"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 事業（年度別予算、掲載先と再掲、担当課） */
    get: {
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
        /** @description 事業（年度別予算、掲載先と再掲、担当課） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ProgramDetail"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    put?: never;
    post?: never;
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
    /** 施策の公表済みの版（基本評価調書の年度・版数・公表元・公表者・訂正の理由・差し替え） */
    get: {
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
        /** @description 施策の公表済みの版（基本評価調書の年度・版数・公表元・公表者・訂正の理由・差し替え） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EditionList"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 施策の二つの年度の版の比較（記載・指標・判定・事務事業、行ごとに変更・追加・削除） */
    get: {
      parameters: {
        query?: {
          /** @description 比べる前の年度（西暦4桁または R5 などの和暦。既定は to より前の最新の年度） */
          from?: string;
          /** @description 比べる後の年度（既定は最新の年度） */
          to?: string;
        };
        header?: never;
        path: {
          /** @description ノードのID */
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 施策の二つの年度の版の比較（記載・指標・判定・事務事業、行ごとに変更・追加・削除） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EditionComparison"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 事業が載っている公表済みの資料と、その一つ（plan・node で選ぶ。既定は最初）の版 */
    get: {
      parameters: {
        query?: {
          /** @description 計画のキー（事業が複数の計画の資料に載っているとき） */
          plan?: string;
          /** @description 施策のID（事業が複数の施策の基本評価調書に載っているとき） */
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
        /** @description 事業が載っている公表済みの資料と、その一つ（plan・node で選ぶ。既定は最初）の版 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EditionList"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 事業の行（予算・決算・人工・対応方針・実績・内容など）の二つの年度の版の比較 */
    get: {
      parameters: {
        query?: {
          /** @description 計画のキー（事業が複数の計画の資料に載っているとき） */
          plan?: string;
          /** @description 施策のID（事業が複数の施策の基本評価調書に載っているとき） */
          node?: number;
          /** @description 比べる前の年度（西暦4桁または R5 などの和暦。既定は to より前の最新の年度） */
          from?: string;
          /** @description 比べる後の年度（既定は最新の年度） */
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
        /** @description 事業の行（予算・決算・人工・対応方針・実績・内容など）の二つの年度の版の比較 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EditionComparison"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    get: {
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
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 担当課の所管（施策と事業） */
    get: {
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
        /** @description 担当課の所管（施策と事業） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DepartmentDetail"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 計画・施策・事業・指標の検索（全角半角を区別しない） */
    get: {
      parameters: {
        query?: {
          /** @description 検索語（100文字まで） */
          q?: string;
          /** @description 種類 */
          type?: "plan" | "node" | "program" | "indicator";
          /** @description 判定（例: Ｃ） */
          grade?: string;
          /** @description 担当課のID */
          department?: number;
          /** @description 計画のキー */
          plan?: string;
          /** @description 年度（西暦） */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 計画・施策・事業・指標の検索（全角半角を区別しない） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SearchResult"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** データの食い違い */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description データの食い違い */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CheckResult"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** ページに当てはまる資料（ダウンロード用） */
    get: {
      parameters: {
        query?: {
          /** @description 計画のキー */
          plan?: string;
          /** @description 施策等のID */
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
        /** @description ページに当てはまる資料（ダウンロード用） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["AvailableReports"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** 資料（基本評価調書・推進状況・進捗状況・関連事業）を PDF / XLSX / HTML / CSV で */
    get: {
      parameters: {
        query: {
          /** @description 計画のキー */
          plan: string;
          /** @description 年度（西暦4桁、または R5 などの和暦） */
          year: string;
          /** @description 形式（既定 pdf） */
          format?: "pdf" | "xlsx" | "html" | "csv";
          /** @description 施策のコード・キー・ID（基本評価調書。省くと全施策） */
          node?: string;
          /** @description 事業のID（関連事業の1事業） */
          program?: number;
          /** @description CSV にする表（indicators / programs / kpis / progress） */
          table?: string;
          /** @description CSV の文字コード（utf8: BOM付き、cp932: Shift_JIS・CRLF） */
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
        /** @description 資料のファイル（Content-Disposition にファイル名） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": unknown;
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
            "text/html": unknown;
            "text/csv": unknown;
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** オープンデータの表と項目（データ定義） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description オープンデータの表と項目（データ定義） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OpenDataDictionary"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** オープンデータの表の行（JSON） */
    get: {
      parameters: {
        query?: {
          /** @description 計画のキー */
          plan?: string;
          /** @description 件数（1〜10000、既定1000） */
          limit?: number;
          /** @description 開始位置 */
          offset?: number;
        };
        header?: never;
        path: {
          /** @description 表の名前（plans, nodes …） */
          table: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description オープンデータの表の行（JSON） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OpenDataRecords"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** オープンデータ（表ごとの CSV とデータ定義書）の zip */
    get: {
      parameters: {
        query?: {
          /** @description 計画のキー */
          plan?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description zip */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/zip": unknown;
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    put?: never;
    post?: never;
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description この API の説明（OpenAPI 3.1） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OpenApi"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
    /** サインイン中の利用者と権限（匿名なら user: null） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 利用者 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Me"];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 利用者と権限の一覧（管理者） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["UserList"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
    put?: never;
    /** 利用者を追加する（管理者） */
    post: {
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
            name: string;
            password: string;
            grants: {
              /** @enum {string} */
              role: "admin" | "evaluator" | "editor" | "viewer";
              /** @description 政策評価担当が受け持つ計画のキー */
              plan?: string;
              /** @description 担当課の名前 */
              department?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description 利用者を追加する（管理者） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Created"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 利用者の権限を設定し直す（管理者） */
    put: {
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
          "application/json": {
            grants: {
              /** @enum {string} */
              role: "admin" | "evaluator" | "editor" | "viewer";
              /** @description 政策評価担当が受け持つ計画のキー */
              plan?: string;
              /** @description 担当課の名前 */
              department?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description 利用者の権限を設定し直す（管理者） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Ok"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** パスワードを設定し直す（管理者。その利用者のセッションは終わる） */
    post: {
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
          "application/json": {
            password: string;
          };
        };
      };
      responses: {
        /** @description パスワードを設定し直す（管理者。その利用者のセッションは終わる） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Ok"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV（UTF-8 BOM 付き） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": unknown;
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 見られる評価年度の一覧 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CycleList"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 計画のキー */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 計画の評価年度 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CycleList"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
    put?: never;
    /** 評価年度を開く（政策評価担当） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 計画のキー */
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            fiscalYear: number;
            /** Format: date */
            deadline?: string | null;
          };
        };
      };
      responses: {
        /** @description 評価年度を開く（政策評価担当） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Cycle"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 評価年度の進み具合（担当課ごとの未入力・最終更新・締切） */
    get: {
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
        /** @description 評価年度の進み具合（担当課ごとの未入力・最終更新・締切） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CycleDashboard"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
    /** 評価年度を公表する（政策評価担当） */
    post: {
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
        /** @description 評価年度を公表する（政策評価担当） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Cycle"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 評価項目（入力内容、再計算した率・判定、履歴） */
    get: {
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
        /** @description 評価項目（入力内容、再計算した率・判定、履歴） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ItemView"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
    /** 評価項目を保存する（version が古ければ 409。公表後の訂正は reason が要る） */
    put: {
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
          "application/json": {
            version: number;
            /** @description 項目のパス → 値（docs/evaluation-cycle.md） */
            changes: {
              [key: string]: string;
            };
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description 評価項目を保存する（version が古ければ 409。公表後の訂正は reason が要る） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ItemView"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 提出する（担当課） */
    post: {
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
          "application/json": {
            version: number;
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description 提出する（担当課） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ItemView"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 差し戻す（政策評価担当、comment に理由） */
    post: {
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
          "application/json": {
            version: number;
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description 差し戻す（政策評価担当、comment に理由） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ItemView"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 承認する（政策評価担当） */
    post: {
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
          "application/json": {
            version: number;
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description 承認する（政策評価担当） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ItemView"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 別の事業（otherId）をこの事業に統合する（管理者・政策評価担当、理由が要る） */
    post: {
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
          "application/json": {
            otherId: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description 別の事業（otherId）をこの事業に統合する（管理者・政策評価担当、理由が要る） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Created"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 一つの資料（document: 資料のキー）の記載を新しい事業に分ける（管理者・政策評価担当、理由が要る） */
    post: {
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
          "application/json": {
            document: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description 一つの資料（document: 資料のキー）の記載を新しい事業に分ける（管理者・政策評価担当、理由が要る） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Created"];
          };
        };
        /** @description パラメータの誤り（parameter に名前） */
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
        /** @description 権限がない（公開済みの年度の変更には政策評価担当の理由が要る） */
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
        /** @description 状態が合わない・他の人が先に保存した（details に現在の内容） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 入力の誤り（details.errors に項目ごとの日本語のメッセージ） */
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
    /** 担当課の入力用ブック（xlsx）: 実績値・予算・評価文・説明、識別用の隠しシート */
    get: {
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
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
          };
        };
        /** @description サインインが必要 */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description その担当課を編集する権限がない */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 評価年度または担当課が見つからない */
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
    /** 入力用ブック・CSV の検査と変更点の一覧（何も書き込まない） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 評価年度のID */
          id: number;
        };
        cookie?: never;
      };
      /** @description ファイル（本文にそのまま、または multipart/form-data の file）。名前は X-File-Name ヘッダーで */
      requestBody: {
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "text/csv": string;
          "multipart/form-data": {
            /** Format: binary */
            file?: string;
          };
        };
      };
      responses: {
        /** @description ok: false のときは errors（sheet, row, column, message, label）。ok: true のときは changes（old → new）、conflicts（ダウンロード後に Hyoka で変わった値。取り込まない）、unchanged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Record<string, never>;
          };
        };
        /** @description サインインが必要 */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 別の計画・年度のブック（wrong_cycle）、公表済みの年度（published） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 20MB を超える */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description ブックでも CSV でもない（not_workbook）、計画設定用のブック（wrong_workbook） */
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
    /** 入力用ブック・CSV の取込（1トランザクション、監査記録に取り込んだ人） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 評価年度のID */
          id: number;
        };
        cookie?: never;
      };
      /** @description ファイル（本文にそのまま、または multipart/form-data の file）。名前は X-File-Name ヘッダーで */
      requestBody: {
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "text/csv": string;
          "multipart/form-data": {
            /** Format: binary */
            file?: string;
          };
        };
      };
      responses: {
        /** @description 取り込んだ変更（applied, items）と、取り込まなかった競合（conflicts） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Record<string, never>;
          };
        };
        /** @description サインインが必要 */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 別の計画・年度のブック、公表済みの年度、取込中の同時更新（conflict） */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 20MB を超える */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 誤りのあるセルがある（errors: sheet, row, column, message）。何も書き込まない */
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
    /** 計画設定用ブックのひな形（計画・体系・事業・指標・目標・実績・参考値・予算・説明） */
    get: {
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
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
          };
        };
      };
    };
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
    /** 計画設定用ブックの検査（作成・更新される件数、誤りのあるセル） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description ファイル（本文にそのまま、または multipart/form-data の file）。名前は X-File-Name ヘッダーで */
      requestBody: {
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "text/csv": string;
          "multipart/form-data": {
            /** Format: binary */
            file?: string;
          };
        };
      };
      responses: {
        /** @description ok: false のときは errors（sheet, row, column, message, label）。ok: true のときは changes（old → new）、conflicts（ダウンロード後に Hyoka で変わった値。取り込まない）、unchanged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Record<string, never>;
          };
        };
        /** @description サインインが必要 */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 管理者・その計画の政策評価担当以外 */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 計画設定用のブックではない */
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
    /** 計画設定用ブックから計画を作成・更新（管理者、または計画の政策評価担当） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description ファイル（本文にそのまま、または multipart/form-data の file）。名前は X-File-Name ヘッダーで */
      requestBody: {
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "text/csv": string;
          "multipart/form-data": {
            /** Format: binary */
            file?: string;
          };
        };
      };
      responses: {
        /** @description 作成・更新した計画のキーと件数 */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Record<string, never>;
          };
        };
        /** @description サインインが必要 */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 管理者・その計画の政策評価担当以外 */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description 誤りのあるセルがある（errors）。何も書き込まない */
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
    ApiError: {
      /** @enum {string} */
      code:
        | "not_found"
        | "bad_parameter"
        | "unauthenticated"
        | "forbidden"
        | "locked"
        | "conflict"
        | "bad_state"
        | "exists"
        | "not_editable"
        | "published"
        | "not_approved"
        | "wrong_cycle"
        | "wrong_workbook"
        | "not_workbook"
        | "too_large"
        | "csrf"
        | "invalid"
        | "internal_error";
      /** @description 利用者向けの日本語のメッセージ */
      message: string;
      parameter?: string;
      /** @description 409 の現在の内容、422 の項目ごとの誤り（errors） */
      details?: Record<string, never>;
    };
    /** @description api-types.ts Overview */
    Overview: Record<string, never>;
    /** @description api-types.ts PlanDetail */
    PlanDetail: Record<string, never>;
    /** @description api-types.ts NodeDetail */
    NodeDetail: Record<string, never>;
    /** @description api-types.ts IndicatorDetail */
    IndicatorDetail: Record<string, never>;
    /** @description api-types.ts ProgramDetail */
    ProgramDetail: Record<string, never>;
    /** @description api-types.ts DepartmentList */
    DepartmentList: Record<string, never>;
    /** @description api-types.ts DepartmentDetail */
    DepartmentDetail: Record<string, never>;
    /** @description api-types.ts SearchResult */
    SearchResult: Record<string, never>;
    /** @description api-types.ts CheckResult */
    CheckResult: Record<string, never>;
    /** @description api-types.ts EditionList */
    EditionList: Record<string, never>;
    /** @description api-types.ts EditionComparison */
    EditionComparison: Record<string, never>;
    /** @description src/reports/available.ts AvailableReport の一覧（reports）と種類（kinds） */
    AvailableReports: Record<string, never>;
    /** @description src/opendata/tables.ts OPEN_DATA_TABLES */
    OpenDataDictionary: Record<string, never>;
    /** @description table, columns, offset, limit, more, records */
    OpenDataRecords: Record<string, never>;
    /** @description この文書 */
    OpenApi: Record<string, never>;
    /** @description user: { id, name, email, grants, admin } | null */
    Me: Record<string, never>;
    /** @description users: src/auth/auth.ts UserSummary[] */
    UserList: Record<string, never>;
    /** @description id */
    Created: Record<string, never>;
    /** @description ok: true */
    Ok: Record<string, never>;
    /** @description cycles: 評価年度の一覧 */
    CycleList: Record<string, never>;
    /** @description 評価年度 */
    Cycle: Record<string, never>;
    /** @description src/services/cycle.ts cycleDashboard */
    CycleDashboard: Record<string, never>;
    /** @description src/services/cycle.ts ItemView */
    ItemView: Record<string, never>;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
